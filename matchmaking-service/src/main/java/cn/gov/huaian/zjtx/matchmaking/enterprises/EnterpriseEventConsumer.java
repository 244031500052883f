package cn.gov.huaian.zjtx.matchmaking.enterprises;

import cn.gov.huaian.zjtx.platform.messaging.QueueConsumer;
import cn.gov.huaian.zjtx.platform.messaging.RabbitConnections;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Feeds the enterprises this service knows (names, districts, assigned commissioners) from
 * enterprise-service's events ({@code enterprise.#} on the platform exchange) through this
 * service's own durable queue; delivery, acks and dead-lettering are the platform's {@link
 * QueueConsumer}.
 */
@ApplicationScoped
public class EnterpriseEventConsumer {
  private final QueueConsumer consumer;

  public EnterpriseEventConsumer(
      RabbitConnections connections, EventsConfig config, EnterpriseEvents events) {
    this.consumer =
        new QueueConsumer(
            connections, config, "enterprise.#", "matchmaking-service", events::apply);
  }

  void start(@Observes StartupEvent event) {
    consumer.ensureConsuming();
  }

  /** Re-subscribes if the broker was down at start or the channel was closed. */
  @Scheduled(every = "3s", delayed = "3s")
  void watch() {
    consumer.ensureConsuming();
  }

  public void ensureConsuming() {
    consumer.ensureConsuming();
  }

  public String deadLetterQueue() {
    return consumer.deadLetterQueue();
  }

  void stop(@Observes ShutdownEvent event) {
    consumer.stop();
  }
}
