package cn.gov.huaian.zjtx.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import cn.gov.huaian.zjtx.gateway.support.Management;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The gateway authenticates, strips forgeable headers and forwards to the owning service. */
@QuarkusTest
@Tag("servers")
class GatewayRoutingTest {

  @Test
  void aMissingTokenIs401ProblemAndNothingIsForwarded() {
    given()
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"))
        .body("title", equalTo("未登录或登录已失效"));
  }

  @Test
  void aCorsPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
    given()
        .header("Origin", "http://localhost:8080")
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "authorization,if-match")
        .when()
        .options("/api/v1/enterprises")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"));
    given()
        .header("Origin", "http://evil.example")
        .header("Access-Control-Request-Method", "PUT")
        .when()
        .options("/api/v1/enterprises")
        .then()
        .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    given().when().options("/api/v1/enterprises").then().statusCode(401);
  }

  @Test
  void aLocationHeaderNeverCarriesTheServicesInternalAddress() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType("application/json")
        .body("{}")
        .when()
        .post("/api/v1/enterprises/created")
        .then()
        .statusCode(201)
        .header("Location", equalTo("/api/v1/enterprises/created/1?v=2"));
  }

  @Test
  void aForgedTokenIs401() {
    String[] parts = Tokens.of("admin-demo").split("\\.");
    given()
        .auth()
        .oauth2(parts[0] + "." + parts[1] + ".Zm9yZ2Vk")
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void aTokenWithAlgNoneIs401() {
    String[] parts = Tokens.of("admin-demo").split("\\.");
    String header =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
    given()
        .auth()
        .oauth2(header + "." + parts[1] + ".")
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401);
  }

  @Test
  void aValidTokenIsForwardedWithTheRequestIdAndWithoutForgeableHeaders() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .header("X-Request-Id", "gw-test-1")
        .header("X-Forwarded-For", "10.0.0.1")
        .header("X-User-Id", "someone-else")
        .header("X-Enterprise-Id", "another-enterprise")
        .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
        .when()
        .get("/api/v1/enterprises/abc?x=1")
        .then()
        .statusCode(200)
        .header("X-Request-Id", "gw-test-1")
        .body("path", equalTo("/api/v1/enterprises/abc"))
        .body("headers.x-request-id", equalTo("gw-test-1"))
        .body("headers", hasKey("authorization"))
        .body(
            "headers.traceparent",
            equalTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
        .body("headers", not(hasKey("x-forwarded-for")))
        .body("headers", not(hasKey("x-user-id")))
        .body("headers", not(hasKey("x-enterprise-id")));
  }

  @Test
  void aBodyIsForwardedIntact() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType("application/json")
        .body("{\"title\":\"主轴热变形补偿\"}")
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(200)
        .body("method", equalTo("POST"))
        .body("body", equalTo("{\"title\":\"主轴热变形补偿\"}"));
  }

  @Test
  void anEnterprisesPolicyMatchesGoToPolicyServiceNotTheRegistry() {
    // policy-service is down in the test profile: a 503 from the gateway proves where it was sent.
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/enterprises/0a6e3c1e-5b1f-4d6a-9b0e-000000000001/matches")
        .then()
        .statusCode(503)
        .body("detail", org.hamcrest.Matchers.containsString("policy"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/enterprises/0a6e3c1e-5b1f-4d6a-9b0e-000000000001/figures")
        .then()
        .statusCode(200)
        .body("path", equalTo("/api/v1/enterprises/0a6e3c1e-5b1f-4d6a-9b0e-000000000001/figures"));
  }

  @Test
  void anInsaneRequestIdIsReplaced() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .header("X-Request-Id", "x".repeat(200))
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(200)
        .header("X-Request-Id", not(equalTo("x".repeat(200))));
  }

  @Test
  void anUnknownApiPathIs404Problem() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/unknown-things")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("资源不存在"));
  }

  @Test
  void healthAndMetricsAreNotOnThePublicPort() {
    given().when().get("/q/health").then().statusCode(404);
    given().when().get("/q/metrics").then().statusCode(404);
    given().baseUri(Management.url()).when().get("/q/health/live").then().statusCode(200);
  }

  @Test
  void thePublicStatusSaysUpOrDownAndNothingMore() {
    int ready = given().baseUri(Management.url()).when().get("/q/health/ready").statusCode();
    var status = given().when().get("/status.json");
    status.then().statusCode(ready).header("Cache-Control", containsString("no-store"));
    assertThat(status.jsonPath().getMap("")).containsOnlyKeys("status");
    assertThat(status.jsonPath().getString("status")).isEqualTo(ready == 200 ? "UP" : "DOWN");
    assertThat(status.asString()).doesNotContain("127.0.0.1").doesNotContain("service");
  }

  @Test
  void healthShowsEachUpstreamWithItsOwnChecks() {
    given()
        .baseUri(Management.url())
        .when()
        .get("/q/health/ready")
        .then()
        .body("checks.find { it.name == 'enterprise-service' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'enterprise-service' }.data.echo-db", equalTo("UP"))
        .body("checks.find { it.name == 'policy-service' }.status", equalTo("DOWN"));
  }

  @Test
  void proxiedCallsAreTimedPerServiceNotPerPath() {
    String id = java.util.UUID.randomUUID().toString();
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/enterprises/" + id)
        .then()
        .statusCode(200);
    String metrics =
        given()
            .baseUri(Management.url())
            .when()
            .get("/q/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    org.assertj.core.api.Assertions.assertThat(metrics)
        .containsPattern(
            "zjtx_gateway_upstream_seconds_count\\{[^}]*status=\"200\"[^}]*upstream=\"enterprise\"")
        .doesNotContain(id);
  }
}
