package cn.gov.huaian.zjtx.enterprise.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The outbox relay. */
@ConfigMapping(prefix = "zjtx.outbox.relay")
public interface RelayConfig {
  /** Off only where another process relays (or in benchmarks that must not flood the broker). */
  @WithDefault("true")
  boolean enabled();

  @WithDefault("zjtx.events")
  String exchange();

  /**
   * How often the scheduled round looks for unsent events (retries, rows of other processes);
   * {@code off} leaves only the round started right after each commit. Read by {@code @Scheduled}.
   */
  @WithDefault("1s")
  String interval();

  /** Events published per transaction. */
  @WithDefault("500")
  int batchSize();

  @WithDefault("5s")
  Duration confirmTimeout();
}
