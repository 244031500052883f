package cn.gov.huaian.zjtx.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class UpstreamStateTest {
  @Test
  void aDependencyReportedUnavailableShowsAsDegradedNotUp() {
    var away =
        new JsonObject("{\"name\":\"rabbitmq\",\"status\":\"UP\",\"data\":{\"available\":false}}");
    var fine =
        new JsonObject("{\"name\":\"rabbitmq\",\"status\":\"UP\",\"data\":{\"available\":true}}");
    var db = new JsonObject("{\"name\":\"Database connections health check\",\"status\":\"DOWN\"}");
    assertThat(UpstreamHealthChecks.stateOf(away)).isEqualTo("DEGRADED");
    assertThat(UpstreamHealthChecks.stateOf(fine)).isEqualTo("UP");
    assertThat(UpstreamHealthChecks.stateOf(db)).isEqualTo("DOWN");
  }
}
