package cn.gov.huaian.zjtx.gateway.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.gateway.support.EchoUpstream;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In the test profile enterprise and matchmaking answer (the echo stand-in) and policy is down: the
 * overview comes back partial, flagged, instead of failing.
 */
@QuarkusTest
@Tag("servers")
class OverviewTest {

  @Test
  void aServiceThatIsDownMakesOnlyItsPartUnavailable() {
    UUID id = UUID.randomUUID();
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/admin/enterprises/" + id + "/overview")
        .then()
        .statusCode(200)
        .body("complete", equalTo(false))
        .body("parts.profile.status", equalTo("OK"))
        .body("parts.profile.data.path", equalTo("/api/v1/enterprises/" + id))
        .body(
            "parts.profile.data.headers.authorization", org.hamcrest.Matchers.startsWith("Bearer "))
        .body("parts.tech-needs.status", equalTo("OK"))
        .body("parts.policy-results.status", equalTo("UNAVAILABLE"))
        .body("parts.policy-results.error", org.hamcrest.Matchers.containsString("policy"));
  }

  @Test
  void anUnknownEnterpriseIs404() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/admin/enterprises/" + EchoUpstream.MISSING_ID + "/overview")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void enterpriseUsersMayNotUseIt() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/admin/enterprises/" + UUID.randomUUID() + "/overview")
        .then()
        .statusCode(403);
  }
}
