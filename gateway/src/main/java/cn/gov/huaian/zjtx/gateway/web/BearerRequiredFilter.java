package cn.gov.huaian.zjtx.gateway.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An API call without a bearer token is answered at once with a 401 problem in Chinese (the
 * security layer would answer with an empty body). Invalid tokens are judged by quarkus-oidc and
 * reported by {@link AuthenticationProblems}.
 */
@ApplicationScoped
public class BearerRequiredFilter {

  void register(@Observes Filters filters) {
    filters.register(this::requireBearer, 900);
  }

  void requireBearer(RoutingContext rc) {
    if (rc.request().path().startsWith("/api/")
        && !isCorsPreflight(rc)
        && BearerTokens.of(rc.request().getHeader("Authorization")) == null) {
      Problems.unauthenticated(rc);
      return;
    }
    rc.next();
  }

  /**
   * A browser's CORS preflight never carries credentials (Fetch standard), so it must not be
   * refused for lacking a token: the CORS filter answers it for the allowed origins.
   */
  static boolean isCorsPreflight(RoutingContext rc) {
    return rc.request().method() == HttpMethod.OPTIONS
        && rc.request().getHeader("Origin") != null
        && rc.request().getHeader("Access-Control-Request-Method") != null;
  }
}
