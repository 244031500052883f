package cn.gov.huaian.zjtx.gateway.health;

import cn.gov.huaian.zjtx.gateway.routing.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
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
 * The gateway is ready when every service behind it is: one readiness check per upstream, which
 * carries the state of that service's own dependencies (PostgreSQL, RabbitMQ, Keycloak,
 * Elasticsearch), so {@code /q/health} on the gateway shows the whole platform.
 */
@ApplicationScoped
public class UpstreamHealthChecks {
  private final HttpClient http;
  private final GatewayConfig config;
  private final HealthRegistry readiness;

  public UpstreamHealthChecks(
      HttpClient http, GatewayConfig config, @Readiness HealthRegistry readiness) {
    this.http = http;
    this.config = config;
    this.readiness = readiness;
  }

  void register(@Observes StartupEvent event) {
    config
        .upstreams()
        .forEach(
            (name, upstream) ->
                readiness.register(
                    name + "-service", () -> check(name + "-service", upstream.url())));
  }

  private Uni<HealthCheckResponse> check(String name, String baseUrl) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
            .timeout(Duration.ofSeconds(3))
            .GET()
            .build();
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
        builder.withData(check.getString("name"), check.getString("status"));
      }
    } catch (RuntimeException notJson) {
      builder.withData("error", "健康检查应答不是 JSON");
    }
    return builder.build();
  }
}
