package cn.gov.huaian.zjtx.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The services behind the gateway and the path prefixes each one serves. */
@ConfigMapping(prefix = "zjtx.gateway")
public interface GatewayConfig {
  /** Upstream services by name (enterprise, policy, matchmaking). */
  Map<String, Upstream> upstreams();

  /** One service behind the gateway. */
  interface Upstream {
    /** Base URL, e.g. http://127.0.0.1:8081. */
    String url();

    /** Path prefixes routed to it, e.g. /api/v1/enterprises. */
    List<String> prefixes();

    /** How long a call may take before the gateway answers 504. */
    @WithDefault("15S")
    Duration timeout();
  }
}
