package cn.gov.huaian.zjtx.policy.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Readiness reports each real server this service depends on, and all of them are up. */
@QuarkusTest
@Tag("servers")
class ReadinessTest {

  @Test
  void everyRealDependencyIsCheckedAndUp() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems("Database connections health check", "rabbitmq", "keycloak", "elasticsearch"));
  }

  /**
   * The broker, Keycloak and Elasticsearch degrade the service rather than stop it, so readiness
   * reports them with their real state in the details and as a gauge, not as DOWN (what the
   * readiness says when one of them is away is tested in platform's DegradableDependencyCheckTest).
   */
  @Test
  void degradableDependenciesReportTheirStateInDetailsAndAsAGauge() {
    for (String dependency : java.util.List.of("rabbitmq", "keycloak", "elasticsearch")) {
      given()
          .when()
          .get("/q/health/ready")
          .then()
          .body("checks.find { it.name == '" + dependency + "' }.status", equalTo("UP"))
          .body("checks.find { it.name == '" + dependency + "' }.data.available", equalTo(true));
    }
    String metrics = given().when().get("/q/metrics").then().extract().asString();
    org.assertj.core.api.Assertions.assertThat(metrics)
        .contains("zjtx_dependency_available{dependency=\"rabbitmq\"} 1.0");
  }

  @Test
  void openApiAndMetricsArePublished() {
    given()
        .when()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("openapi", org.hamcrest.Matchers.startsWith("3."));
    given().when().get("/q/metrics").then().statusCode(200);
  }

  @Test
  void anUnknownPathIsAProblemInChinese() {
    given()
        .auth()
        .oauth2(cn.gov.huaian.zjtx.platform.testing.Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("资源不存在"));
  }
}
