package cn.gov.huaian.zjtx.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every path a service publishes in its OpenAPI document is reachable through the gateway: a new
 * endpoint whose prefix the gateway does not route fails this test instead of silently answering
 * the gateway's own 404.
 */
class RouteCoverageIT {
  static final Map<String, String> SERVICES =
      Map.of(
          "enterprise",
          Platform.ENTERPRISE,
          "policy",
          Platform.POLICY,
          "matchmaking",
          Platform.MATCHMAKING);

  @Test
  void everyPublishedApiPathIsRoutedByTheGateway() {
    List<String> unrouted = new ArrayList<>();
    SERVICES.forEach(
        (name, url) -> {
          JsonPath openapi = Platform.openApi(url);
          Map<String, Object> paths = openapi.getMap("paths");
          for (String path : paths.keySet()) {
            if (!path.startsWith("/api/") || isEventStream(openapi, path)) {
              continue; // an SSE stream never ends: its route is checked by the push journey
            }
            String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String body =
                Platform.as("admin-demo").config(Platform.SHORT_TIMEOUT).get(concrete).asString();
            if (body.contains("请求的地址不存在")) {
              unrouted.add(name + " " + path);
            }
          }
        });
    assertThat(unrouted).as("paths that the gateway does not route to their service").isEmpty();
  }

  private static boolean isEventStream(JsonPath openapi, String path) {
    Object content = openapi.get("paths.'" + path + "'.get.responses.'200'.content");
    return content != null && content.toString().contains("text/event-stream");
  }
}
