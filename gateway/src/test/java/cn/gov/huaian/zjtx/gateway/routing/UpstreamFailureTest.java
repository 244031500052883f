package cn.gov.huaian.zjtx.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import cn.gov.huaian.zjtx.gateway.support.EchoUpstreamResource;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Too-large bodies, slow and dead services are answered by the gateway as Chinese problems. */
@QuarkusTest
@Tag("servers")
class UpstreamFailureTest {

  @Test
  void aBodyOverTheLimitIs413AndNeverReachesTheService() {
    int before = EchoUpstreamResource.upstream().calls.get();
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType("application/json")
        .body("{\"x\":\"" + "长".repeat(2000) + "\"}")
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("title", equalTo("请求体过大"));
    org.assertj.core.api.Assertions.assertThat(EchoUpstreamResource.upstream().calls.get())
        .isEqualTo(before);
  }

  @Test
  void aChunkedBodyOverTheLimitIs413Too() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType("application/octet-stream")
        .body(new ByteArrayInputStream(new byte[5000])) // no length known: sent chunked
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(413);
  }

  @Test
  void aSlowServiceIs504() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/enterprises/slow")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .body("title", equalTo("服务响应超时"));
  }

  @Test
  void aDeadServiceIs503WithRetryAfterThenTheBreakerOpens() {
    String token = Tokens.of("admin-demo");
    for (int i = 0; i < 10; i++) {
      given()
          .auth()
          .oauth2(token)
          .when()
          .get("/api/v1/policies")
          .then()
          .statusCode(503)
          .header("Retry-After", "5")
          .body(not(containsString("127.0.0.1")));
    }
    given()
        .auth()
        .oauth2(token)
        .when()
        .get("/api/v1/policies")
        .then()
        .statusCode(503)
        .body("detail", containsString("熔断"));
  }

  @Test
  void clientsHangingUpOnASlowServiceDoNotOpenItsBreaker() throws Exception {
    String token = Tokens.of("uni-demo");
    int port = io.restassured.RestAssured.port;
    for (int i = 0; i < 12; i++) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
        socket
            .getOutputStream()
            .write(
                ("GET /api/v1/enterprises/slow HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer "
                        + token
                        + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        Thread.sleep(150); // the call is at the service now; the client gives up
      }
    }
    Thread.sleep(200);
    given().auth().oauth2(token).when().get("/api/v1/enterprises/abc").then().statusCode(200);
  }
}
