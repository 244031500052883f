package cn.gov.huaian.zjtx.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Calls passed to one service, timed per answer status: {@code zjtx_gateway_upstream_seconds
 * {upstream, status}}. Proxied paths carry ids, so the generic HTTP metrics would tag every path
 * apart (and stop at their cap of 100); these tag the service instead, which is what the gateway
 * adds. Each service times its own routes by template.
 */
final class UpstreamMetrics {
  private final MeterRegistry registry;
  private final String upstream;
  private final ConcurrentMap<Integer, Timer> byStatus = new ConcurrentHashMap<>();

  UpstreamMetrics(MeterRegistry registry, String upstream) {
    this.registry = registry;
    this.upstream = upstream;
  }

  void record(int status, long nanos) {
    byStatus.computeIfAbsent(status, this::timer).record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer timer(int status) {
    return Timer.builder("zjtx.gateway.upstream")
        .description("经网关转发到各服务的调用（按服务与应答状态）")
        .tag("upstream", upstream)
        .tag("status", Integer.toString(status))
        .register(registry);
  }
}
