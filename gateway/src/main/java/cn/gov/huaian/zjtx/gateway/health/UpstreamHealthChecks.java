package cn.gov.huaian.zjtx.gateway.health;

import cn.gov.huaian.zjtx.gateway.routing.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * One check per upstream, which carries the state of that service's own dependencies (PostgreSQL,
 * RabbitMQ, Keycloak, Elasticsearch), so {@code /q/health} on the gateway shows the whole platform.
 * Locally the checks decide the gateway's readiness; in Kubernetes ({@code
 * zjtx.gateway.health.upstreams-in-readiness=false}) they are reported in the wellness group only,
 * so that one service down does not take the entry out of its Service.
 */
@ApplicationScoped
public class UpstreamHealthChecks {
  private final HttpClient http;
  private final GatewayConfig config;
  private final HealthRegistry readiness;
  private final HealthRegistry wellness;

  public UpstreamHealthChecks(
      HttpClient http,
      GatewayConfig config,
      @Readiness HealthRegistry readiness,
      @Wellness HealthRegistry wellness) {
    this.http = http;
    this.config = config;
    this.readiness = readiness;
    this.wellness = wellness;
  }

  void register(@Observes StartupEvent event) {
    HealthRegistry registry = config.health().upstreamsInReadiness() ? readiness : wellness;
    config
        .upstreams()
        .forEach(
            (name, upstream) ->
                registry.register(
                    name + "-service",
                    () ->
                        check(
                            name + "-service",
                            upstream.url(),
                            upstream.healthUrl().orElse(upstream.url() + "/q/health/ready"))));
  }

  private Uni<HealthCheckResponse> check(String name, String baseUrl, String healthUrl) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(healthUrl)).timeout(Duration.ofSeconds(3)).GET().build();
    return Uni.createFrom()
        .completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
        .map(response -> fromBody(name, baseUrl, response))
        .onFailure()
        .recoverWithItem(
            () ->
                HealthCheckResponse.named(name)
                    .down()
                    .withData("url", baseUrl)
                    .withData("error", "服务无应答")
                    .build());
  }

  private static HealthCheckResponse fromBody(
      String name, String baseUrl, HttpResponse<String> response) {
    HealthCheckResponseBuilder builder =
        HealthCheckResponse.named(name)
            .status(response.statusCode() == 200)
            .withData("url", baseUrl);
    try {
      JsonArray checks = new JsonObject(response.body()).getJsonArray("checks", new JsonArray());
      for (Object each : checks) {
        JsonObject check = (JsonObject) each;
        builder.withData(check.getString("name"), stateOf(check));
      }
    } catch (RuntimeException notJson) {
      builder.withData("error", "健康检查应答不是 JSON");
    }
    return builder.build();
  }

  /**
   * UP, DOWN, or DEGRADED for a dependency the service keeps serving without (it reports UP with
   * {@code available: false}, see the platform's DegradableDependencyCheck).
   */
  static String stateOf(JsonObject check) {
    JsonObject data = check.getJsonObject("data");
    if (data != null && Boolean.FALSE.equals(data.getValue("available"))) {
      return "DEGRADED";
    }
    return check.getString("status");
  }
}
