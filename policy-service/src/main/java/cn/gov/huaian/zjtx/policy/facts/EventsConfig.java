package cn.gov.huaian.zjtx.policy.facts;

import cn.gov.huaian.zjtx.platform.messaging.ConsumerConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where enterprise events come from and how this service consumes them. */
@ConfigMapping(prefix = "zjtx.events")
public interface EventsConfig extends ConsumerConfig {
  /** This service's own durable queue, bound to {@code enterprise.#}. */
  @Override
  @WithDefault("policy-service.enterprise-events")
  String queue();
}
