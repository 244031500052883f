package cn.gov.huaian.zjtx.gateway.portal;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * The web portal is a single-page app: a page address (/ent/workbench) is answered with the
 * portal's index.html, which Quinoa serves at /. Without this, the REST layer (at the root) would
 * answer such an address with a 404 problem before Quinoa's own SPA routing is asked. The index is
 * never cached, so a new build reaches browsers at once (its assets have hashed names).
 */
@ApplicationScoped
public class PortalRoutes {
  /** Page addresses: not the API, not /q, not a file (a last segment without a dot). */
  static final Pattern PAGE = Pattern.compile("^/(?!api/|api$|q/|q$)(?:[^.]*/)*[^./]*$");

  void register(@Observes Router router) {
    router
        .route()
        .method(HttpMethod.GET)
        .method(HttpMethod.HEAD)
        .order(Integer.MIN_VALUE + 100)
        .handler(this::page);
  }

  void page(RoutingContext rc) {
    String path = rc.normalizedPath();
    if (!PAGE.matcher(path).matches()) {
      rc.next();
      return;
    }
    if (!"/".equals(path)) {
      rc.reroute("/");
      return;
    }
    rc.addHeadersEndHandler(
        v -> rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-cache"));
    rc.next();
  }
}
