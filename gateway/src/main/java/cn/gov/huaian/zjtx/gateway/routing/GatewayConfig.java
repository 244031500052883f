package cn.gov.huaian.zjtx.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The services behind the gateway and the path prefixes each one serves. */
@ConfigMapping(prefix = "zjtx.gateway")
public interface GatewayConfig {
  /** Upstream services by name (enterprise, policy, matchmaking). */
  Map<String, Upstream> upstreams();

  /** Largest request body passed on; larger ones get 413. */
  @WithDefault("20971520")
  long maxBodyBytes();

  /** When a service's circuit opens, and for how long. */
  Breaker breaker();

  /** How the services' health shows in the gateway's. */
  Health health();

  /** The services' health as part of the gateway's. */
  interface Health {
    /**
     * Whether each service's readiness decides the gateway's own (true: the local run, where {@code
     * /q/health/ready} on the gateway shows the whole platform). False in Kubernetes: the services'
     * states are then reported in the wellness group ({@code /q/health/well}) and one service down
     * does not take the gateway out of its Service.
     */
    @WithDefault("true")
    boolean upstreamsInReadiness();
  }

  /** Circuit breaker settings shared by every upstream. */
  interface Breaker {
    /** Calls looked at before the breaker may open. */
    @WithDefault("10")
    int requestVolume();

    /** Share of failed calls among them that opens it. */
    @WithDefault("0.5")
    double failureRatio();

    /** How long it stays open (fast 503) before a trial call. */
    @WithDefault("5S")
    Duration openFor();
  }

  /** One service behind the gateway. */
  interface Upstream {
    /** Base URL, e.g. http://127.0.0.1:8081. */
    String url();

    /**
     * Where its readiness is read; by default {@code url} + /q/health/ready. In Kubernetes its
     * management port (http://enterprise-service:9000/q/health/ready).
     */
    Optional<String> healthUrl();

    /** Path prefixes routed to it, e.g. /api/v1/enterprises. */
    List<String> prefixes();

    /** How long a call may take before the gateway answers 504. */
    @WithDefault("15S")
    Duration timeout();
  }
}
