package cn.gov.huaian.zjtx.gateway.web;

import cn.gov.huaian.zjtx.platform.problem.Problem;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem+json answers made by the gateway itself, in Chinese. */
public final class Problems {
  public static final String MEDIA_TYPE = Problem.MEDIA_TYPE;

  private Problems() {}

  public static void send(RoutingContext rc, int status, String slug, String title, String detail) {
    if (rc.response().ended() || rc.response().headWritten()) {
      return;
    }
    JsonObject body =
        new JsonObject()
            .put("type", Problem.TYPE_BASE + slug)
            .put("title", title)
            .put("status", status)
            .put("detail", detail)
            .put("instance", rc.request().path())
            .put("requestId", RequestIdFilter.of(rc));
    rc.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE).end(body.encode());
  }

  public static void unauthenticated(RoutingContext rc) {
    rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"zjtx\"");
    send(rc, 401, "unauthenticated", "未登录或登录已失效", "请提供有效的访问令牌（Bearer token）");
  }
}
