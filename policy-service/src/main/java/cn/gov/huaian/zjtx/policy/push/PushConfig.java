package cn.gov.huaian.zjtx.policy.push;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How and when enterprises are told. */
@ConfigMapping(prefix = "zjtx.push")
public interface PushConfig {
  /** When the daily deadline reminders run (Quartz cron, Asia/Shanghai). */
  @WithDefault("0 0 8 * * ?")
  String deadlineCron();

  /** Remind eligible enterprises this many days before an application deadline. */
  @WithDefault("7")
  int deadlineDays();

  Webhooks webhooks();

  /** Signed webhook delivery. */
  interface Webhooks {
    /** Attempts before a delivery becomes a dead letter. */
    @WithDefault("6")
    int maxAttempts();

    /** The wait after the first failure; doubled after each further one. */
    @WithDefault("5s")
    Duration backoff();

    @WithDefault("5s")
    Duration timeout();

    /** How often due deliveries are sent. */
    @WithDefault("1s")
    String every();

    /** Deliveries sent per round. */
    @WithDefault("20")
    int batch();

    /**
     * Only https callbacks (the default); the local, dev and test profiles allow http for receivers
     * on the developer's machine.
     */
    @WithDefault("true")
    boolean httpsOnly();

    /** Active subscriptions an enterprise may hold. */
    @WithDefault("5")
    int maxPerEnterprise();

    /**
     * Exceptions to the address checks, {@code host:port} as written in the URL (e.g. an intranet
     * receiver {@code hooks.intra.example.cn:443}): granted by an administrator in configuration
     * ({@code ZJTX_WEBHOOK_ALLOW_LIST}), never by a request.
     */
    Optional<List<String>> allowList();
  }
}
