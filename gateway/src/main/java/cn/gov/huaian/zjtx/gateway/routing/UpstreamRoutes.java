package cn.gov.huaian.zjtx.gateway.routing;

import cn.gov.huaian.zjtx.gateway.limits.RateLimits;
import cn.gov.huaian.zjtx.gateway.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Routes {@code /api/v1/**} to the service that owns each path (vertx-http-proxy). By the time a
 * route runs, quarkus-oidc has validated the token; the call is then rate limited per user, its
 * body size-checked, forgeable headers removed, and it goes on with the token so that the service
 * validates it again.
 */
@ApplicationScoped
public class UpstreamRoutes {
  private static final Logger LOG = Logger.getLogger(UpstreamRoutes.class);
  private final GatewayConfig config;
  private final Vertx vertx;
  private final RateLimits rateLimits;
  private final Map<String, Upstream> upstreams = new LinkedHashMap<>();

  private final MeterRegistry registry;

  public UpstreamRoutes(
      GatewayConfig config, Vertx vertx, RateLimits rateLimits, MeterRegistry registry) {
    this.config = config;
    this.vertx = vertx;
    this.rateLimits = rateLimits;
    this.registry = registry;
  }

  void register(@Observes Router router) {
    config
        .upstreams()
        .forEach(
            (name, settings) ->
                upstreams.put(
                    name, new Upstream(name, settings, config.breaker(), vertx, registry)));
    // Sub-resources first (/api/v1/enterprises/*/matches belongs to policy-service), then whole
    // prefixes.
    for (boolean patterned : new boolean[] {true, false}) {
      config
          .upstreams()
          .forEach(
              (name, settings) -> {
                Upstream upstream = upstreams.get(name);
                settings.prefixes().stream()
                    .filter(prefix -> prefix.contains("*") == patterned)
                    .forEach(
                        prefix ->
                            router
                                .routeWithRegex(PrefixPattern.of(prefix))
                                .handler(rc -> forward(rc, upstream)));
              });
    }
    config
        .upstreams()
        .forEach(
            (name, settings) ->
                LOG.infof("路由 %s → %s (%s)", settings.prefixes(), name, settings.url()));
    // Paths no service owns: 404 here. /api/v1/admin/** is the gateway's own REST API.
    router
        .routeWithRegex("^/api/(?!v1/admin(/|$)).*")
        .handler(
            rc -> Problems.send(rc, 404, "not-found", "资源不存在", "请求的地址不存在：" + rc.request().path()));
  }

  private void forward(RoutingContext rc, Upstream upstream) {
    if (!rateLimits.admitUser(rc)) {
      return;
    }
    long start = System.nanoTime();
    rc.addBodyEndHandler(
        v -> upstream.recordAnswer(rc.response().getStatusCode(), System.nanoTime() - start));
    HttpServerRequest request = rc.request();
    ForgeableHeaders.strip(request.headers());
    ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
    Future<ProxyRequest> ready =
        hasBody(request)
            ? BodyCollector.collect(request, config.maxBodyBytes())
                .map(body -> proxyRequest.setBody(Body.body(body)))
            : Future.succeededFuture(proxyRequest.setBody(null));
    ready
        .compose(prepared -> upstream.send(prepared, () -> rc.response().closed()))
        .onSuccess(response -> upstream.withPublicLocation(response).send())
        .onFailure(
            failure -> {
              proxyRequest.release();
              UpstreamFailures.answer(rc, upstream, failure);
            });
  }

  /** A request declares a body by its length or by chunked transfer; GETs normally have none. */
  private static boolean hasBody(HttpServerRequest request) {
    String length = request.getHeader("Content-Length");
    return (length != null && !length.trim().equals("0"))
        || request.getHeader("Transfer-Encoding") != null;
  }
}
