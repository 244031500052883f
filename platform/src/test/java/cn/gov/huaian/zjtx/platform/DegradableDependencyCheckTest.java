package cn.gov.huaian.zjtx.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.health.DegradableDependencyCheck;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DegradableDependencyCheckTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private final class Broker extends DegradableDependencyCheck {
    boolean up = true;

    Broker() {
      super("broker", "事件稍后补发", registry);
    }

    @Override
    protected Map<String, Object> probe() throws IOException {
      if (!up) {
        throw new IOException("refused");
      }
      return Map.of("version", "4.0");
    }

    @Override
    protected String location() {
      return "127.0.0.1:5672";
    }
  }

  private double gauge() {
    return registry.get("zjtx.dependency.available").tag("dependency", "broker").gauge().value();
  }

  @Test
  void aDependencyThatIsAwayLeavesReadinessUpAndSaysWhatIsDegraded() {
    var broker = new Broker();
    broker.up = false;

    HealthCheckResponse response = broker.call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    var data = response.getData().orElseThrow();
    assertThat(data).containsEntry("available", false).containsEntry("degraded", "事件稍后补发");
    assertThat(data)
        .containsEntry("error", "IOException")
        .containsEntry("target", "127.0.0.1:5672");
    assertThat(gauge()).isZero();
  }

  @Test
  void aDependencyThatAnswersIsAvailableWithItsDetailsAndTheGaugeFollows() {
    var broker = new Broker();
    broker.up = false;
    broker.call();
    broker.up = true;

    var data = broker.call().getData().orElseThrow();

    assertThat(data).containsEntry("available", true).containsEntry("version", "4.0");
    assertThat(data).doesNotContainKey("degraded");
    assertThat(gauge()).isEqualTo(1.0);
  }
}
