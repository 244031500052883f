package cn.gov.huaian.zjtx.platform.messaging;

import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Keeps every {@link QueueConsumer} a service produces as a bean subscribed: at start-up, again
 * every 3 s (which re-subscribes after the broker was down at start or closed the channel), and
 * closes their channels at shutdown so unacked messages go to the next instance. A service only
 * produces its consumers; it writes no lifecycle of its own.
 */
@ApplicationScoped
public class Subscriptions {
  private final List<QueueConsumer> consumers;

  public Subscriptions(@All List<QueueConsumer> consumers) {
    this.consumers = consumers;
  }

  void start(@Observes StartupEvent event) {
    ensureConsuming();
  }

  @Scheduled(every = "3s", delayed = "3s", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void watch() {
    ensureConsuming();
  }

  /** Subscribes every consumer that is not subscribed now; failures are retried by the watch. */
  public void ensureConsuming() {
    consumers.forEach(QueueConsumer::ensureConsuming);
  }

  void stop(@Observes ShutdownEvent event) {
    consumers.forEach(QueueConsumer::stop);
  }
}
