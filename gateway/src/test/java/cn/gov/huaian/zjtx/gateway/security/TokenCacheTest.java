package cn.gov.huaian.zjtx.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.keycloak.client.KeycloakTestClient;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A token verified once is answered from the cache afterwards, with the same user and roles; the
 * cache never lets through what quarkus-oidc alone would refuse.
 */
@QuarkusTest
@Tag("servers")
class TokenCacheTest {
  @Inject MeterRegistry registry;
  @Inject TokenCache cache;

  @BeforeEach
  void startCold() {
    cache.clear();
  }

  @Test
  void aRepeatedTokenIsAnsweredFromTheCacheAsTheSameUser() {
    String token = Tokens.of("ent-demo");
    double hitsBefore = hits();
    for (int i = 0; i < 3; i++) {
      given()
          .auth()
          .oauth2(token)
          .when()
          .get("/api/v1/enterprises/abc")
          .then()
          .statusCode(200)
          .body("path", equalTo("/api/v1/enterprises/abc"));
    }
    assertThat(hits() - hitsBefore).isEqualTo(2);
  }

  @Test
  void rolesComeWithTheCachedIdentity() {
    String enterprise = Tokens.of("ent-demo");
    String admin = Tokens.of("admin-demo");
    for (int i = 0; i < 2; i++) {
      given()
          .auth()
          .oauth2(enterprise)
          .when()
          .get("/api/v1/admin/users?role=enterprise")
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(admin)
          .when()
          .get("/api/v1/admin/users?role=enterprise")
          .then()
          .statusCode(200);
    }
  }

  @Test
  void aTamperedCopyOfACachedTokenIsStill401() {
    String token = Tokens.of("uni-demo");
    given().auth().oauth2(token).when().get("/api/v1/enterprises/abc").then().statusCode(200);
    String[] parts = token.split("\\.");
    String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    String otherPayload = parts[0] + "." + parts[1] + "e30." + parts[2];
    given()
        .auth()
        .oauth2(otherSignature)
        .when()
        .get("/api/v1/enterprises/abc")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(otherPayload)
        .when()
        .get("/api/v1/enterprises/abc")
        .then()
        .statusCode(401);
  }

  @Test
  void aCachedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
    // This local-realm client issues tokens that live one second.
    String shortLived =
        new KeycloakTestClient()
            .getAccessToken("expert-demo", Tokens.PASSWORD, "zjtx-e2e-short-lived");
    given().auth().oauth2(shortLived).when().get("/api/v1/enterprises/abc").then().statusCode(200);
    Thread.sleep(2_500);
    given().auth().oauth2(shortLived).when().get("/api/v1/enterprises/abc").then().statusCode(401);
  }

  private double hits() {
    return registry.counter("zjtx.gateway.token.cache", "result", "hit").count();
  }
}
