package cn.gov.huaian.zjtx.gateway.routing;

import cn.gov.huaian.zjtx.gateway.web.Problems;
import io.vertx.ext.web.RoutingContext;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/** How a failed call to a service is told to the client: never a stack trace or an address. */
final class UpstreamFailures {
  private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

  private UpstreamFailures() {}

  static void answer(RoutingContext rc, Upstream upstream, Throwable failure) {
    if (failure instanceof Upstream.ClientGone) {
      LOG.debugf("客户端在 %s 应答前断开 requestId=%s", upstream.name(), rc.get("requestId"));
    } else if (failure instanceof BodyCollector.TooLarge) {
      rc.response().putHeader("Connection", "close");
      Problems.send(rc, 413, "payload-too-large", "请求体过大", "请求体超过网关允许的大小");
      BodyCollector.discardRest(rc.request());
    } else if (failure instanceof CircuitBreakerOpenException) {
      rc.response().putHeader("Retry-After", "5");
      Problems.send(
          rc, 503, "service-unavailable", "服务暂时不可用", upstream.name() + " 服务连续失败，已暂停转发（熔断），请稍后重试");
    } else if (isTimeout(failure)) {
      Problems.send(rc, 504, "upstream-timeout", "服务响应超时", upstream.name() + " 服务未在规定时间内响应，请稍后重试");
    } else if (failure instanceof ConnectException) {
      rc.response().putHeader("Retry-After", "5");
      Problems.send(rc, 503, "service-unavailable", "服务暂时不可用", upstream.name() + " 服务暂时不可用，请稍后重试");
    } else {
      LOG.warnf(
          "转发到 %s 失败 requestId=%s: %s", upstream.name(), rc.get("requestId"), failure.toString());
      Problems.send(rc, 502, "bad-gateway", "服务应答异常", upstream.name() + " 服务应答异常，请稍后重试");
    }
  }

  /** Vert.x reports an idle upstream with its NoStackTraceTimeoutException, a TimeoutException. */
  private static boolean isTimeout(Throwable failure) {
    return failure instanceof TimeoutException;
  }
}
