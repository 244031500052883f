package cn.gov.huaian.zjtx.policy.push;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.UUID;

/**
 * Live notifications for open SSE streams, per enterprise, sent only after the notification's
 * transaction committed (a rolled-back change is never announced). A stream that was not open
 * misses nothing that matters: the inbox holds every notification.
 */
@ApplicationScoped
public class SseHub {
  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(SseHub.class);
  private final BroadcastProcessor<NotificationView> processor = BroadcastProcessor.create();

  void onCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated event) {
    try {
      processor.onNext(event.notification());
    } catch (RuntimeException e) {
      // A slow or closed stream must never disturb the job that committed the notification.
      LOG.debugf("SSE 推送失败：%s", e.getMessage());
    }
  }

  /**
   * A stream of one enterprise; a slow client gets a bounded buffer, then the oldest are dropped.
   */
  public Multi<NotificationView> stream(UUID enterpriseId) {
    return processor.onOverflow().buffer(256).filter(n -> n.enterpriseId().equals(enterpriseId));
  }
}
