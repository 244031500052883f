package cn.gov.huaian.zjtx.gateway.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Token-bucket rate limits of the gateway. */
@ConfigMapping(prefix = "zjtx.gateway.limits")
public interface LimitsConfig {
  /** Per signed-in user (token subject). */
  Bucket perUser();

  /** Per client IP address, before authentication (protects token validation too). */
  Bucket perIp();

  /** A token bucket: a burst of {@code capacity} calls, refilled at {@code perSecond}. */
  interface Bucket {
    @WithDefault("200")
    long capacity();

    @WithDefault("100")
    long perSecond();
  }
}
