package cn.gov.huaian.zjtx.gateway.openapi;

import cn.gov.huaian.zjtx.gateway.routing.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * One Swagger UI for the whole platform: the gateway serves each service's OpenAPI document at
 * {@code /q/services/{name}/openapi}, and Swagger UI lists them (quarkus.swagger-ui.urls).
 */
@ApplicationScoped
public class ServiceApiDocs {
  private final GatewayConfig config;
  private final HttpClient client;

  public ServiceApiDocs(GatewayConfig config, Vertx vertx) {
    this.config = config;
    this.client = vertx.createHttpClient();
  }

  void register(@Observes Router router) {
    config
        .upstreams()
        .forEach(
            (name, upstream) -> {
              URI base = URI.create(upstream.url());
              router
                  .get("/q/services/" + name + "/openapi")
                  .handler(
                      rc ->
                          client
                              .request(
                                  HttpMethod.GET,
                                  base.getPort(),
                                  base.getHost(),
                                  "/q/openapi?format=json")
                              .compose(req -> req.send().compose(res -> res.body()))
                              .onSuccess(
                                  body ->
                                      rc.response()
                                          .putHeader("Content-Type", "application/json")
                                          .end(body))
                              .onFailure(
                                  e ->
                                      rc.response()
                                          .setStatusCode(503)
                                          .putHeader("Content-Type", "application/problem+json")
                                          .end(
                                              "{\"title\":\"服务暂不可用\",\"status\":503,\"detail\":\""
                                                  + name
                                                  + " 服务的接口文档暂时无法获取\"}")));
            });
  }
}
