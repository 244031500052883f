package cn.gov.huaian.zjtx.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.gateway.support.EchoUpstreamResource;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Per-user and per-IP token buckets: 429 with Retry-After, other users unaffected. */
@QuarkusTest
@Tag("servers")
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

  /** Three calls per user, eight per IP, refilled slowly. */
  public static class LowLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "zjtx.gateway.limits.per-user.capacity", "3",
          "zjtx.gateway.limits.per-user.per-second", "1",
          "zjtx.gateway.limits.per-ip.capacity", "8",
          "zjtx.gateway.limits.per-ip.per-second", "1");
    }
  }

  @Test
  void aUserOverTheLimitGets429WhileAnotherUserIsServedThenTheIpLimitApplies() {
    String ent = Tokens.of("ent-demo");
    String other = Tokens.of("ent-demo-2");
    // The bucket refills one call a second: on a loaded machine a refill may land between calls,
    // so the user keeps calling (a bounded number of times) until it is refused.
    int reached = 0;
    io.restassured.response.Response refused = null;
    for (int i = 0; i < 10 && refused == null; i++) {
      reached = EchoUpstreamResource.upstream().calls.get();
      var answer = given().auth().oauth2(ent).get("/api/v1/enterprises");
      if (answer.statusCode() == 429) {
        refused = answer;
      } else {
        assertThat(answer.statusCode()).isEqualTo(200);
      }
    }
    assertThat(refused).as("the user's bucket runs out within 10 calls").isNotNull();
    refused
        .then()
        .header("Retry-After", "1")
        .contentType("application/problem+json")
        .body("title", equalTo("请求过于频繁"));
    assertThat(EchoUpstreamResource.upstream().calls.get())
        .as("a rejected call never reaches a service")
        .isEqualTo(reached);

    given().auth().oauth2(other).get("/api/v1/enterprises").then().statusCode(200);

    int status = 0;
    for (int i = 0; i < 10 && status != 429; i++) {
      status = given().get("/api/v1/enterprises").statusCode();
    }
    assertThat(status).as("the per-IP bucket runs out even without a token").isEqualTo(429);
  }
}
