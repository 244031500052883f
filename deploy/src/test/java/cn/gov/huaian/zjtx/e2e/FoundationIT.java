package cn.gov.huaian.zjtx.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The platform as a newcomer meets it: healthy, and reachable with a real token only. */
class FoundationIT {
  static final String[] USERS = {
    "admin-demo", "ent-demo", "ent-demo-2", "uni-demo", "expert-demo", "comm-demo"
  };
  static final String[] AREAS = {
    "/api/v1/enterprises", "/api/v1/policies", "/api/v1/tech-needs", "/api/v1/experts"
  };

  @Test
  void theGatewayReportsEveryServiceAndServerUp() {
    given()
        .baseUri(Platform.GATEWAY_MANAGEMENT)
        .when()
        .get("/q/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems("enterprise-service", "policy-service", "matchmaking-service", "keycloak"))
        .body("checks.status", everyItem(equalTo("UP")))
        .body("checks.find { it.name == 'enterprise-service' }.data.rabbitmq", equalTo("UP"))
        .body("checks.find { it.name == 'policy-service' }.data.elasticsearch", equalTo("UP"))
        .body(
            "checks.find { it.name == 'matchmaking-service' }.data.'Database connections health check'",
            equalTo("UP"));
  }

  @Test
  void healthIsNotPublishedOnThePublicPort() {
    given().baseUri(Platform.GATEWAY).when().get("/q/health").then().statusCode(404);
  }

  /**
   * The services listen on loopback only: from the machine's own outward address the gateway
   * answers and none of the services does, so the gateway's revocation list, rate limits and body
   * limits cannot be walked around.
   */
  @Test
  void theServicesCannotBeReachedAroundTheGateway() throws Exception {
    java.net.InetAddress outward =
        java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
            .filter(
                nic -> {
                  try {
                    return nic.isUp() && !nic.isLoopback();
                  } catch (java.net.SocketException e) {
                    return false;
                  }
                })
            .flatMap(nic -> java.util.Collections.list(nic.getInetAddresses()).stream())
            .filter(a -> a instanceof java.net.Inet4Address)
            .findFirst()
            .orElseThrow(() -> new AssertionError("本机没有非回环 IPv4 地址，无法检验"));
    try (var socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(outward, portOf(Platform.GATEWAY)), 2_000);
    }
    for (String service :
        new String[] {Platform.ENTERPRISE, Platform.POLICY, Platform.MATCHMAKING}) {
      org.junit.jupiter.api.Assertions.assertThrows(
          java.net.ConnectException.class,
          () -> {
            try (var socket = new java.net.Socket()) {
              socket.connect(new java.net.InetSocketAddress(outward, portOf(service)), 2_000);
            }
          },
          service + " 不应在 " + outward + " 上应答");
    }
  }

  private static int portOf(String url) {
    return java.net.URI.create(url).getPort();
  }

  static Stream<Arguments> everyUserAndArea() {
    return Stream.of(USERS).flatMap(u -> Stream.of(AREAS).map(a -> Arguments.of(u, a)));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("everyUserAndArea")
  void aDemoUsersTokenReachesEachServiceThroughTheGateway(String user, String area) {
    Platform.as(user).when().get(area).then().statusCode(200).body("page", equalTo(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/enterprises",
        "/api/v1/policies",
        "/api/v1/tech-needs",
        "/api/v1/experts"
      })
  void withoutATokenTheGatewayAnswers401Problem(String area) {
    given()
        .baseUri(Platform.GATEWAY)
        .when()
        .get(area)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("title", equalTo("未登录或登录已失效"));
  }

  @Test
  void aForgedSignatureIs401AtTheGatewayAndAtTheService() {
    String[] parts = Platform.token("admin-demo").split("\\.");
    String forged =
        parts[0]
            + "."
            + parts[1]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[256]);
    given()
        .baseUri(Platform.GATEWAY)
        .auth()
        .oauth2(forged)
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401);
    given()
        .baseUri(Platform.ENTERPRISE)
        .auth()
        .oauth2(forged)
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401);
  }

  @Test
  void anExpiredTokenIs401() throws InterruptedException {
    // This local-realm client issues tokens that live one second.
    String shortLived = Platform.freshToken("ent-demo", "zjtx-e2e-short-lived");
    Thread.sleep(3_000);
    given()
        .baseUri(Platform.GATEWAY)
        .auth()
        .oauth2(shortLived)
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401);
    given()
        .baseUri(Platform.POLICY)
        .auth()
        .oauth2(shortLived)
        .get("/api/v1/policies")
        .then()
        .statusCode(401);
  }

  @Test
  void aTokenForAnotherAudienceIs401EvenDirectlyAtAService() {
    // admin-cli tokens are real and well signed, but not issued for the platform (aud).
    String otherAudience = Platform.freshToken("admin-demo", "admin-cli");
    given()
        .baseUri(Platform.GATEWAY)
        .auth()
        .oauth2(otherAudience)
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401);
    given()
        .baseUri(Platform.MATCHMAKING)
        .auth()
        .oauth2(otherAudience)
        .get("/api/v1/tech-needs")
        .then()
        .statusCode(401);
  }

  @Test
  void aTokenWithAlgNoneIs401() {
    String[] parts = Platform.token("admin-demo").split("\\.");
    String none =
        Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
    given()
        .baseUri(Platform.GATEWAY)
        .auth()
        .oauth2(none + "." + parts[1] + ".")
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401);
  }

  @Test
  void forgedIdentityHeadersDoNotWidenAccess() {
    given()
        .baseUri(Platform.ENTERPRISE)
        .header("X-User-Roles", "admin")
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401);
    Platform.as("ent-demo")
        .header("X-Enterprise-Id", "0a6e3c1e-5b1f-4d6a-9b0e-000000000002")
        .header("X-Forwarded-For", "10.1.1.1")
        .get("/api/v1/enterprises/0a6e3c1e-5b1f-4d6a-9b0e-000000000002")
        .then()
        .statusCode(404);
  }
}
