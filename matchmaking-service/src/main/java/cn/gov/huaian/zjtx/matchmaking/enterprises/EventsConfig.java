package cn.gov.huaian.zjtx.matchmaking.enterprises;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where enterprise events come from and how this service consumes them. */
@ConfigMapping(prefix = "zjtx.events")
public interface EventsConfig {
  /** The platform's topic exchange. */
  @WithDefault("zjtx.events")
  String exchange();

  /** This service's own durable queue, bound to {@code enterprise.#}. */
  @WithDefault("matchmaking-service.enterprise-events")
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
