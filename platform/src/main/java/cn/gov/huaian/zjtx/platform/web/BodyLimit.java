package cn.gov.huaian.zjtx.platform.web;

import cn.gov.huaian.zjtx.platform.problem.Problem;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is answered 413 as
 * problem+json ({@code payload-too-large}) instead of Quarkus's bare 413, and the rest of the body
 * is read and dropped before the connection closes. Quarkus closes at once; a client that writes
 * its whole body before reading (the gateway, curl, most HTTP clients) then gets a connection reset
 * instead of the answer, which the gateway reported as 502 (issue 14). Runs just before Quarkus's
 * own check, which still handles chunked bodies without a declared length.
 */
@ApplicationScoped
public class BodyLimit {
  /** The most of a refused body read before the connection is closed regardless. */
  static final long DISCARD_LIMIT = 64L << 20;

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]?)b?");
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  void install(@Observes Router router) {
    Optional<Long> limit =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.limits.max-body-size", String.class)
            .map(BodyLimit::bytes);
    limit.ifPresent(
        max ->
            router
                .route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(rc -> check(rc, max)));
  }

  private static void check(RoutingContext rc, long max) {
    String declared = rc.request().getHeader("Content-Length");
    if (declared != null && length(declared) > max) {
      refuse(rc, max);
      return;
    }
    rc.next();
  }

  private static void refuse(RoutingContext rc, long max) {
    HttpServerRequest request = rc.request();
    String given = request.getHeader(RequestIds.HEADER);
    String requestId =
        given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    JsonObject body =
        new JsonObject()
            .put("type", Problem.TYPE_BASE + "payload-too-large")
            .put("title", "请求体过大")
            .put("status", 413)
            .put("detail", "请求体超过允许的大小（最大 " + human(max) + "）")
            .put("instance", request.path())
            .put("requestId", requestId);
    rc.response()
        .setStatusCode(413)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader(RequestIds.HEADER, requestId)
        .putHeader("Connection", "close")
        .end(body.encode());
    discardRest(request, DISCARD_LIMIT);
  }

  /**
   * Reads and drops what the client is still sending (up to {@code limit} bytes), then closes the
   * connection. Closing at once would make a client that writes its whole body before reading the
   * answer fail with a broken pipe instead of seeing the error.
   */
  public static void discardRest(HttpServerRequest request, long limit) {
    if (request.isEnded()) {
      return;
    }
    long[] dropped = {0};
    request.handler(
        chunk -> {
          dropped[0] += chunk.length();
          if (dropped[0] > limit) {
            request.connection().close();
          }
        });
    request.endHandler(v -> request.connection().close());
    request.exceptionHandler(e -> request.connection().close());
    request.resume();
  }

  /** A size as Quarkus writes it ({@code 512K}, {@code 20M}, {@code 1048576}): binary units. */
  static long bytes(String size) {
    Matcher m = SIZE.matcher(size.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("quarkus.http.limits.max-body-size 的格式不正确：" + size);
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "k" -> n << 10;
      case "m" -> n << 20;
      case "g" -> n << 30;
      case "t" -> n << 40;
      default -> n;
    };
  }

  static String human(long bytes) {
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KB";
    }
    return bytes + " 字节";
  }

  private static long length(String declared) {
    try {
      return Long.parseLong(declared.strip());
    } catch (NumberFormatException e) {
      return -1; // not ours to judge: Quarkus and Netty refuse a malformed length
    }
  }
}
