package cn.gov.huaian.zjtx.gateway.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The portal's public configuration and the Content-Security-Policy of its pages. */
@QuarkusTest
class PortalConfigTest {

  @Test
  void thePortalLearnsWhereKeycloakIsWithoutAToken() {
    given()
        .when()
        .get("/portal-config.json")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"))
        .body("realm", equalTo("zjtx"))
        .body("clientId", equalTo("zjtx-portal"))
        .body("keycloakUrl", containsString("http"));
  }

  @Test
  void thePortalsPagesCarryAContentSecurityPolicyThatAllowsOnlyItselfAndKeycloak() {
    given()
        .when()
        .get("/portal-config.json")
        .then()
        .header("Content-Security-Policy", containsString("default-src 'self'"))
        .header("Content-Security-Policy", containsString("script-src 'self';"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Content-Type-Options", equalTo("nosniff"));
  }

  @Test
  void theApiAndSwaggerUiAreNotUnderThePortalsPolicy() {
    given()
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401)
        .header("Content-Security-Policy", nullValue());
    given()
        .baseUri(cn.gov.huaian.zjtx.gateway.support.Management.url())
        .when()
        .get("/q/health/live")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", nullValue());
  }
}
