package cn.gov.huaian.zjtx.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.util.TypeLiteral;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * One service behind the gateway: pooled keep-alive connections, a per-call timeout, and a circuit
 * breaker so that a failing service is answered fast (503) instead of piling up waiting calls.
 */
public final class Upstream {
  private static final Logger LOG = Logger.getLogger(Upstream.class);
  private final String name;
  private final SocketAddress origin;
  private final URI base;

  /**
   * One keep-alive pool per event loop. With a single shared pool a request handled on one event
   * loop often gets a connection owned by another, and every such call pays a cross-thread hand-off
   * (a selector wake-up) each way; measured on two cores it cost a fifth of the gateway's
   * throughput. Calls are only sent from event-loop threads, so there are as many pools as loops.
   */
  private final ThreadLocal<HttpClient> clientOfThisEventLoop;

  private final long timeoutMillis;
  private final UpstreamMetrics metrics;
  private final TypedGuard<CompletionStage<ProxyResponse>> breaker;

  Upstream(
      String name,
      GatewayConfig.Upstream config,
      GatewayConfig.Breaker breakerConfig,
      Vertx vertx,
      MeterRegistry registry) {
    URI uri = URI.create(config.url());
    this.name = name;
    this.metrics = new UpstreamMetrics(registry, name);
    this.origin = SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost());
    this.base = uri;
    this.timeoutMillis = config.timeout().toMillis();
    HttpClientOptions options =
        new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64).setConnectTimeout(2_000);
    this.clientOfThisEventLoop = ThreadLocal.withInitial(() -> vertx.createHttpClient(options));
    this.breaker =
        TypedGuard.create(new TypeLiteral<CompletionStage<ProxyResponse>>() {})
            .withDescription("upstream " + name)
            .withCircuitBreaker()
            .name("upstream-" + name)
            .requestVolumeThreshold(breakerConfig.requestVolume())
            .failureRatio(breakerConfig.failureRatio())
            .delay(breakerConfig.openFor().toMillis(), ChronoUnit.MILLIS)
            .successThreshold(1)
            // A client that hangs up mid-call says nothing about the service.
            .skipOn(ClientGone.class)
            .done()
            .withThreadOffload(false)
            .build();
  }

  public String name() {
    return name;
  }

  /** Times one call answered to the client (by the service, or by the gateway for it: 502–504). */
  void recordAnswer(int status, long nanos) {
    metrics.record(status, nanos);
  }

  /**
   * Sends the proxied request through the breaker; the future fails on timeout or when open, and
   * with {@link ClientGone} when the failure came from the client hanging up (the proxy then resets
   * the call to the service), which the breaker does not count against the service.
   */
  public Future<ProxyResponse> send(ProxyRequest request, BooleanSupplier clientGone) {
    CompletionStage<ProxyResponse> response =
        breaker.get(
            () ->
                clientOfThisEventLoop
                    .get()
                    .request(new RequestOptions().setServer(origin).setIdleTimeout(timeoutMillis))
                    .compose(call -> request.send(quietWhenClientLeaves(call)))
                    .recover(
                        failure ->
                            Future.failedFuture(
                                clientGone.getAsBoolean() ? new ClientGone(failure) : failure))
                    .toCompletionStage());
    return Future.fromCompletionStage(response);
  }

  /**
   * When the client hangs up while the answer streams back, the proxy resets the call to the
   * service and Vert.x would log the reset as an unhandled ERROR; it is an ordinary event here.
   */
  private static HttpClientRequest quietWhenClientLeaves(HttpClientRequest call) {
    call.response()
        .onSuccess(answer -> answer.exceptionHandler(e -> LOG.debugf("转发中断：%s", e.toString())));
    return call;
  }

  /** The caller closed its connection before the service answered. */
  static final class ClientGone extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClientGone(Throwable cause) {
      super("客户端已断开", cause, false, false);
    }
  }

  /** The service's answer with its internal address taken out of {@code Location}. */
  ProxyResponse withPublicLocation(ProxyResponse response) {
    String location = response.headers().get("Location");
    if (location != null) {
      response.headers().set("Location", PublicLocation.of(location, base));
    }
    return response;
  }
}
