package cn.gov.huaian.zjtx.gateway.routing;

import cn.gov.huaian.zjtx.gateway.web.Problems;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.jboss.logging.Logger;

/**
 * Routes {@code /api/v1/**} to the service that owns each path, with vertx-http-proxy. The token
 * is validated here (quarkus-oidc, see application.properties) and passed on, so each service
 * validates it again; headers a client could forge are removed first.
 */
@ApplicationScoped
public class UpstreamRoutes {
  private static final Logger LOG = Logger.getLogger(UpstreamRoutes.class);
  private final GatewayConfig config;
  private final Vertx vertx;

  public UpstreamRoutes(GatewayConfig config, Vertx vertx) {
    this.config = config;
    this.vertx = vertx;
  }

  void register(@Observes Router router) {
    config.upstreams().forEach((name, upstream) -> {
      HttpProxy proxy = proxyTo(upstream);
      for (String prefix : upstream.prefixes()) {
        router.route(prefix).handler(rc -> forward(proxy, rc.request()));
        router.route(prefix + "/*").handler(rc -> forward(proxy, rc.request()));
      }
      LOG.infof("路由 %s → %s (%s)", upstream.prefixes(), name, upstream.url());
    });
    router.route("/api/*").handler(rc ->
        Problems.send(rc, 404, "not-found", "资源不存在", "请求的地址不存在：" + rc.request().path()));
  }

  private void forward(HttpProxy proxy, HttpServerRequest request) {
    ForgeableHeaders.strip(request.headers());
    proxy.handle(request);
  }

  private HttpProxy proxyTo(GatewayConfig.Upstream upstream) {
    URI uri = URI.create(upstream.url());
    SocketAddress origin = SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost());
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64).setConnectTimeout(2_000));
    long timeoutMillis = upstream.timeout().toMillis();
    return HttpProxy.reverseProxy(client)
        .originRequestProvider((request, httpClient) -> originRequest(httpClient, origin, request, timeoutMillis));
  }

  private static Future<HttpClientRequest> originRequest(
      HttpClient client, SocketAddress origin, HttpServerRequest request, long timeoutMillis) {
    return client.request(new RequestOptions().setServer(origin).setIdleTimeout(timeoutMillis));
  }
}
