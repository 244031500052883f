package cn.gov.huaian.zjtx.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where the started platform is, and real tokens of its demo users. */
final class Platform {
  static final String GATEWAY = System.getProperty("zjtx.gateway.url", "http://127.0.0.1:18080");

  /** The gateway's management interface (health, metrics): loopback only, never routed. */
  static final String GATEWAY_MANAGEMENT =
      System.getProperty("zjtx.gateway.management-url", "http://127.0.0.1:19000");

  static final String ENTERPRISE =
      System.getProperty("zjtx.enterprise.url", "http://127.0.0.1:18081");
  static final String POLICY = System.getProperty("zjtx.policy.url", "http://127.0.0.1:18082");
  static final String MATCHMAKING =
      System.getProperty("zjtx.matchmaking.url", "http://127.0.0.1:18083");
  static final String KEYCLOAK = System.getProperty("zjtx.keycloak.url", "http://127.0.0.1:8180");
  static final String PASSWORD = "Demo@2025";
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  /** For calls that must answer quickly or not at all (never hang the suite). */
  static final io.restassured.config.RestAssuredConfig SHORT_TIMEOUT =
      io.restassured.config.RestAssuredConfig.config()
          .httpClient(
              io.restassured.config.HttpClientConfig.httpClientConfig()
                  .setParam("http.socket.timeout", 15_000)
                  .setParam("http.connection.timeout", 5_000));

  private Platform() {}

  /** A password-grant token of a demo user on the public portal client. */
  static String token(String username) {
    return TOKENS.computeIfAbsent(username, u -> freshToken(u, "zjtx-portal"));
  }

  static String freshToken(String username, String clientId) {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", clientId)
        .formParam("username", username)
        .formParam("password", PASSWORD)
        .post(KEYCLOAK + "/realms/zjtx/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  /** A service's published OpenAPI document (read directly from the service). */
  static io.restassured.path.json.JsonPath openApi(String serviceUrl) {
    return given()
        .baseUri(serviceUrl)
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static RequestSpecification as(String username) {
    return given().baseUri(GATEWAY).auth().oauth2(token(username));
  }

  /**
   * Waits (at most 90 s) until an admin can read {@code path}: demo data is loaded in the
   * background.
   */
  static void awaitLoaded(String path, String what) {
    java.time.Instant until = java.time.Instant.now().plusSeconds(90);
    while (as("admin-demo").get(path).statusCode() != 200) {
      org.assertj.core.api.Assertions.assertThat(java.time.Instant.now())
          .as(what + " is loaded")
          .isBefore(until);
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
