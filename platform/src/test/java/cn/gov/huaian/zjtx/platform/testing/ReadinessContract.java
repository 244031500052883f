package cn.gov.huaian.zjtx.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every service's readiness, OpenAPI, metrics and unknown paths look like, run against the
 * service by its {@code ReadinessTest} ({@code @QuarkusTest}, tagged {@code servers}), which names
 * the servers it degrades without and gives an admin's token. Shared through platform's test-jar.
 */
public abstract class ReadinessContract {
  private final List<String> degradable;

  /**
   * @param degradable the servers whose absence degrades the service rather than stopping it
   */
  protected ReadinessContract(List<String> degradable) {
    this.degradable = List.copyOf(degradable);
  }

  /** An access token of the demo admin. */
  protected abstract String adminToken();

  @Test
  void everyRealDependencyIsCheckedAndUp() {
    List<String> names = new ArrayList<>(degradable);
    names.add("Database connections health check");
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems(names.toArray(String[]::new)));
  }

  /**
   * The degradable servers degrade the service rather than stop it, so readiness reports them with
   * their real state in the details and as a gauge, not as DOWN (what the readiness says when one
   * of them is away is tested in platform's DegradableDependencyCheckTest).
   */
  @Test
  void degradableDependenciesReportTheirStateInDetailsAndAsAGauge() {
    for (String dependency : degradable) {
      given()
          .when()
          .get("/q/health/ready")
          .then()
          .body("checks.find { it.name == '" + dependency + "' }.status", equalTo("UP"))
          .body("checks.find { it.name == '" + dependency + "' }.data.available", equalTo(true));
    }
    String metrics = given().when().get("/q/metrics").then().extract().asString();
    assertThat(metrics).contains("zjtx_dependency_available{dependency=\"rabbitmq\"} 1.0");
  }

  @Test
  void openApiAndMetricsArePublished() {
    given()
        .when()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("openapi", startsWith("3."));
    given().when().get("/q/metrics").then().statusCode(200);
  }

  @Test
  void anUnknownPathIsAProblemInChinese() {
    given()
        .auth()
        .oauth2(adminToken())
        .when()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("资源不存在"));
  }
}
