package cn.gov.huaian.zjtx.gateway.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a service behind the gateway in the gateway's own tests: it answers every call
 * with the method, path, headers and body it received, and a healthy readiness report. The real
 * services are reached through the gateway in the end-to-end suite (deploy/).
 */
public final class EchoUpstream implements AutoCloseable {
  public static final int PORT = 18999;

  /**
   * Any path ending with this id answers 404, as a service does for something that doesn't exist.
   */
  public static final String MISSING_ID = "00000000-0000-4000-8000-000000000404";

  private final Vertx vertx = Vertx.vertx();
  private final HttpServer server;

  /** Calls that reached this stand-in service (health checks not counted). */
  public final AtomicInteger calls = new AtomicInteger();

  public EchoUpstream() throws Exception {
    server =
        vertx
            .createHttpServer()
            .requestHandler(
                request ->
                    request
                        .body()
                        .onSuccess(
                            body -> {
                              if (request.path().equals("/q/health/ready")) {
                                request
                                    .response()
                                    .putHeader("Content-Type", "application/json")
                                    .end(
                                        "{\"status\":\"UP\",\"checks\":[{\"name\":\"echo-db\",\"status\":\"UP\"}]}");
                                return;
                              }
                              calls.incrementAndGet();
                              if (request.path().endsWith(MISSING_ID)) {
                                request.response().setStatusCode(404).end();
                                return;
                              }
                              if (request.path().endsWith("/created")) {
                                // A service's 201 names the new resource by its own address.
                                request
                                    .response()
                                    .setStatusCode(201)
                                    .putHeader(
                                        "Location",
                                        "http://127.0.0.1:" + PORT + request.path() + "/1?v=2")
                                    .end();
                                return;
                              }
                              if (request.path().endsWith("/slow")) {
                                vertx.setTimer(
                                    3_000, t -> request.response().end("{\"slow\":true}"));
                                return;
                              }
                              JsonObject headers = new JsonObject();
                              request
                                  .headers()
                                  .forEach(
                                      h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                              request
                                  .response()
                                  .putHeader("Content-Type", "application/json")
                                  .end(
                                      new JsonObject()
                                          .put("method", request.method().name())
                                          .put("path", request.path())
                                          .put("headers", headers)
                                          .put("body", body.toString())
                                          .encode());
                            }))
            .listen(PORT, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    vertx.close();
  }
}
