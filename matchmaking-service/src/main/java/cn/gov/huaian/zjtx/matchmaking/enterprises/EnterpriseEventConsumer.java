package cn.gov.huaian.zjtx.matchmaking.enterprises;

import cn.gov.huaian.zjtx.platform.messaging.QueueConsumer;
import cn.gov.huaian.zjtx.platform.messaging.RabbitConnections;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Feeds the enterprises this service knows (names, districts, assigned commissioners) from
 * enterprise-service's events ({@code enterprise.#} on the platform exchange) through this
 * service's own durable queue; delivery, acks and dead-lettering are the platform's {@link
 * QueueConsumer}, subscribing and re-subscribing its {@code Subscriptions}.
 */
@Singleton
public class EnterpriseEventConsumer {
  @Produces
  @Singleton
  QueueConsumer enterpriseEvents(
      RabbitConnections connections, EventsConfig config, EnterpriseEvents events) {
    return new QueueConsumer(
        connections, config, "enterprise.#", "matchmaking-service", events::apply);
  }
}
