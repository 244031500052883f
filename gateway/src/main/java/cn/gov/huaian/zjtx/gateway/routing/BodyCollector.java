package cn.gov.huaian.zjtx.gateway.routing;

import cn.gov.huaian.zjtx.platform.web.BodyLimit;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a request body up to a limit, whether it came with a Content-Length or chunked, so that a
 * too-large body is refused (413) before any of it reaches a service.
 */
final class BodyCollector {
  /** The body was larger than allowed. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("请求体过大", null, false, false);
    }
  }

  private BodyCollector() {}

  static Future<Buffer> collect(HttpServerRequest request, long limit) {
    String declared = request.getHeader("Content-Length");
    if (declared != null && parseOrZero(declared) > limit) {
      return Future.failedFuture(new TooLarge());
    }
    Promise<Buffer> promise = Promise.promise();
    Buffer body = Buffer.buffer();
    request.handler(
        chunk -> {
          if (body.length() + chunk.length() > limit) {
            request.pause();
            promise.tryFail(new TooLarge());
          } else {
            body.appendBuffer(chunk);
          }
        });
    request.exceptionHandler(promise::tryFail);
    request.endHandler(v -> promise.tryComplete(body));
    request.resume();
    return promise.future();
  }

  /** After a 413, reads and drops what the client is still sending, then closes the connection. */
  static void discardRest(HttpServerRequest request) {
    BodyLimit.discardRest(request, DISCARD_LIMIT);
  }

  /** The most of a refused body read before the connection is closed regardless. */
  private static final long DISCARD_LIMIT = 1L << 20;

  private static long parseOrZero(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
