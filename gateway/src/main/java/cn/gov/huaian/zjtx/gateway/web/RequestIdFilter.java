package cn.gov.huaian.zjtx.gateway.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Keeps a client's request id when it is sane (at most 128 safe characters) or makes one, passes it
 * on to the services and echoes it, so one id follows a request through every log.
 */
@ApplicationScoped
public class RequestIdFilter {
  public static final String HEADER = "X-Request-Id";
  public static final String CONTEXT_KEY = "requestId";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  void register(@Observes Filters filters) {
    filters.register(this::assign, 1000);
  }

  void assign(RoutingContext rc) {
    String given = rc.request().getHeader(HEADER);
    String id =
        given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    rc.put(CONTEXT_KEY, id);
    MDC.put(CONTEXT_KEY, id);
    rc.request().headers().set(HEADER, id);
    rc.addHeadersEndHandler(v -> rc.response().headers().set(HEADER, id));
    rc.next();
  }

  public static String of(RoutingContext rc) {
    return rc.get(CONTEXT_KEY);
  }
}
