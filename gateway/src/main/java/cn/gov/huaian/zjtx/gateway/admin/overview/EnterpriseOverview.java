package cn.gov.huaian.zjtx.gateway.admin.overview;

import cn.gov.huaian.zjtx.gateway.routing.GatewayConfig;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Everything about one enterprise from every service at once: the parts are fetched in parallel
 * with the caller's own token (so each service applies its own access rules), and a service that is
 * down or slow makes its part {@code UNAVAILABLE} instead of failing the whole overview.
 */
@ApplicationScoped
public class EnterpriseOverview {
  private final HttpClient http;
  private final OverviewConfig overview;
  private final GatewayConfig gateway;

  public EnterpriseOverview(HttpClient http, OverviewConfig overview, GatewayConfig gateway) {
    this.http = http;
    this.overview = overview;
    this.gateway = gateway;
  }

  public CompletionStage<JsonObject> of(UUID enterpriseId, String authorization, String requestId) {
    Map<String, CompletableFuture<JsonObject>> parts = new LinkedHashMap<>();
    overview
        .parts()
        .forEach(
            (name, part) -> parts.put(name, fetch(part, enterpriseId, authorization, requestId)));
    return CompletableFuture.allOf(parts.values().toArray(CompletableFuture[]::new))
        .thenApply(done -> assemble(enterpriseId, parts));
  }

  private JsonObject assemble(UUID enterpriseId, Map<String, CompletableFuture<JsonObject>> parts) {
    JsonObject body = new JsonObject().put("enterpriseId", enterpriseId.toString());
    JsonObject byName = new JsonObject();
    boolean complete = true;
    for (var entry : parts.entrySet()) {
      JsonObject part = entry.getValue().join();
      if (overview.parts().get(entry.getKey()).primary()
          && part.getInteger("httpStatus", 0) == 404) {
        throw ProblemException.notFound("企业");
      }
      complete &= "OK".equals(part.getString("status"));
      part.remove("httpStatus");
      byName.put(entry.getKey(), part);
    }
    return body.put("complete", complete).put("parts", byName);
  }

  private CompletableFuture<JsonObject> fetch(
      OverviewConfig.Part part, UUID id, String authorization, String requestId) {
    GatewayConfig.Upstream upstream = gateway.upstreams().get(part.upstream());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(upstream.url() + part.path().replace("{id}", id.toString())))
            .timeout(overview.timeout())
            .header("Accept", "application/json")
            .GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (requestId != null) {
      request.header("X-Request-Id", requestId);
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
        .thenApply(response -> fromResponse(part, response))
        .exceptionally(failure -> unavailable(part, "服务暂时不可用或响应超时"));
  }

  private static JsonObject fromResponse(OverviewConfig.Part part, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status == 200) {
      return new JsonObject()
          .put("status", "OK")
          .put("source", part.upstream())
          .put("data", Json.decodeValue(response.body()))
          .put("httpStatus", status);
    }
    if (status == 404 || status == 403) {
      return new JsonObject()
          .put("status", "NOT_FOUND")
          .put("source", part.upstream())
          .put("httpStatus", status);
    }
    return unavailable(part, "服务应答异常（" + status + "）").put("httpStatus", status);
  }

  private static JsonObject unavailable(OverviewConfig.Part part, String reason) {
    return new JsonObject()
        .put("status", "UNAVAILABLE")
        .put("source", part.upstream())
        .put("error", part.upstream() + " " + reason);
  }
}
