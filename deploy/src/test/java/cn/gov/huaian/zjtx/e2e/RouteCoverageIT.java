package cn.gov.huaian.zjtx.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every path a service publishes in its OpenAPI document is reachable through the gateway, and
 * reaches that service: a new endpoint whose prefix the gateway does not route, or routes to
 * another service (which answers its own 404), fails this test instead of silently answering 404.
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
            Response direct =
                given()
                    .baseUri(url)
                    .auth()
                    .oauth2(Platform.token("admin-demo"))
                    .config(Platform.SHORT_TIMEOUT)
                    .get(concrete);
            Response routed =
                Platform.as("admin-demo").config(Platform.SHORT_TIMEOUT).get(concrete);
            if (!answer(direct).equals(answer(routed))) {
              unrouted.add(name + " " + path + ": 直连 " + answer(direct) + "，经网关 " + answer(routed));
            }
          }
        });
    assertThat(unrouted)
        .as("paths that the gateway does not route to the service that publishes them")
        .isEmpty();
  }

  /** What identifies an answer across the two ways in: status and problem title (no ids). */
  private static String answer(Response response) {
    String type = response.getContentType();
    Object title =
        type.contains("json") && response.asString().startsWith("{")
            ? response.jsonPath().get("title")
            : null;
    return response.statusCode() + " " + title;
  }

  private static boolean isEventStream(JsonPath openapi, String path) {
    Object content = openapi.get("paths.'" + path + "'.get.responses.'200'.content");
    return content != null && content.toString().contains("text/event-stream");
  }
}
