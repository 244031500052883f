package cn.gov.huaian.zjtx.platform.messaging;

import io.smallrye.config.WithDefault;

/**
 * How a service consumes one durable queue of platform events. A service's own
 * {@code @ConfigMapping} extends this and gives its queue a default name.
 */
public interface ConsumerConfig {
  /** The platform's topic exchange. */
  @WithDefault("zjtx.events")
  String exchange();

  /** This service's own durable queue. */
  String queue();

  /** Messages in flight per consumer before acks. */
  @WithDefault("32")
  int prefetch();

  /** Start consuming at start-up (off for tools that only read). */
  @WithDefault("true")
  boolean consume();

  /** Queue expiry when unused, in ms; 0 = never (tests use a short one for their own queue). */
  @WithDefault("0")
  long queueExpiresMs();

  /** Drop what waited in the queue before start-up (tests only: a backlog of other suites). */
  @WithDefault("false")
  boolean purgeOnStart();
}
