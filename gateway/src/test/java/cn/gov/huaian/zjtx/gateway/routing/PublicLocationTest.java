package cn.gov.huaian.zjtx.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicLocationTest {
  private final URI policy = URI.create("http://127.0.0.1:8082");

  @Test
  void anAbsoluteLocationOnTheServiceBecomesAPathOnTheGateway() {
    assertThat(PublicLocation.of("http://127.0.0.1:8082/api/v1/applications/42?x=1", policy))
        .isEqualTo("/api/v1/applications/42?x=1");
    assertThat(PublicLocation.of("HTTP://127.0.0.1:8082", policy)).isEqualTo("/");
  }

  @Test
  void locationsElsewhereAreLeftAlone() {
    assertThat(PublicLocation.of("/api/v1/x", policy)).isEqualTo("/api/v1/x");
    assertThat(PublicLocation.of("http://127.0.0.1:8083/api/v1/x", policy))
        .isEqualTo("http://127.0.0.1:8083/api/v1/x");
    assertThat(PublicLocation.of("https://zjtx.huaian.gov.cn/a", policy))
        .isEqualTo("https://zjtx.huaian.gov.cn/a");
    assertThat(PublicLocation.of("not a uri ::", policy)).isEqualTo("not a uri ::");
    assertThat(PublicLocation.of(null, policy)).isNull();
  }

  @Test
  void theDefaultPortCountsAsTheSamePort() {
    assertThat(PublicLocation.of("http://svc/api/v1/a", URI.create("http://svc:80")))
        .isEqualTo("/api/v1/a");
  }
}
