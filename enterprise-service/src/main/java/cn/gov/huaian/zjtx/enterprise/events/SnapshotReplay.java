package cn.gov.huaian.zjtx.enterprise.events;

import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Publishes the current snapshot of every enterprise again, as {@code enterprise.changed} with its
 * current version. Events are only written on change, so a consumer whose read model was lost or
 * that is new would otherwise never learn the existing firms; consumers apply a snapshot only when
 * they do not already hold its version, so a replay is harmless to those that are up to date.
 */
@ApplicationScoped
public class SnapshotReplay {
  private static final Logger LOG = Logger.getLogger(SnapshotReplay.class);
  private static final int PAGE = 1_000;
  private final Outbox outbox;
  private final ManagedExecutor executor;
  private final AtomicBoolean running = new AtomicBoolean();

  public SnapshotReplay(Outbox outbox, ManagedExecutor executor) {
    this.outbox = outbox;
    this.executor = executor;
  }

  /** Starts a replay in the background; false when one is already running in this process. */
  public boolean start() {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    executor.runAsync(this::replayAll).whenComplete((n, e) -> running.set(false));
    return true;
  }

  private void replayAll() {
    UUID after = null;
    long written = 0;
    while (true) {
      UUID from = after;
      List<Enterprise> page =
          QuarkusTransaction.requiringNew()
              .call(
                  () -> {
                    List<Enterprise> firms =
                        from == null
                            ? Enterprise.<Enterprise>find("order by id").page(0, PAGE).list()
                            : Enterprise.<Enterprise>find("id > ?1 order by id", from)
                                .page(0, PAGE)
                                .list();
                    outbox.registeredOrChanged(firms, Set.of());
                    return firms;
                  });
      if (page.isEmpty()) {
        break;
      }
      written += page.size();
      after = page.get(page.size() - 1).id;
    }
    LOG.infof("已重新发布 %d 家企业的快照事件", written);
  }
}
