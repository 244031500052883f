package cn.gov.huaian.zjtx.policy.facts;

import cn.gov.huaian.zjtx.platform.messaging.QueueConsumer;
import cn.gov.huaian.zjtx.platform.messaging.RabbitConnections;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Feeds the enterprise read model (the facts rules are evaluated on) from enterprise-service's
 * events ({@code enterprise.#} on the platform exchange) through this service's own durable queue;
 * delivery, acks and dead-lettering are the platform's {@link QueueConsumer}, subscribing and
 * re-subscribing its {@code Subscriptions}.
 */
@Singleton
public class EnterpriseEventConsumer {
  @Produces
  @Singleton
  QueueConsumer enterpriseEvents(
      RabbitConnections connections, EventsConfig config, ReadModel readModel) {
    return new QueueConsumer(
        connections, config, "enterprise.#", "policy-service", readModel::apply);
  }
}
