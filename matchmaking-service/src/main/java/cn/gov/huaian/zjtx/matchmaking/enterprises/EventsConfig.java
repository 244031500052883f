package cn.gov.huaian.zjtx.matchmaking.enterprises;

import cn.gov.huaian.zjtx.platform.messaging.ConsumerConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where enterprise events come from and how this service consumes them. */
@ConfigMapping(prefix = "zjtx.events")
public interface EventsConfig extends ConsumerConfig {
  /** This service's own durable queue, bound to {@code enterprise.#}. */
  @Override
  @WithDefault("matchmaking-service.enterprise-events")
  String queue();
}
