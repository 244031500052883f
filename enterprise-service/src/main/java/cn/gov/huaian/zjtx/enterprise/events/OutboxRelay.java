package cn.gov.huaian.zjtx.enterprise.events;

import cn.gov.huaian.zjtx.platform.messaging.RabbitConnections;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to the topic exchange {@code zjtx.events} (routing key = event type) in
 * {@code seq} order, with publisher confirms, and marks them sent in the same transaction. Only one
 * process relays at a time: the transaction first takes a PostgreSQL advisory lock, and a replica
 * that does not get it skips the round. If the broker is down nothing is marked and the rows wait;
 * a crash between confirm and commit republishes, which consumers absorb by event id.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  /** Advisory lock key: "zjtx-enterprise-outbox". */
  static final long LOCK_KEY = 0x7a6a7478_6f757462L;

  private final RabbitConnections rabbit;
  private final EntityManager em;
  private final RelayConfig config;
  private Channel channel;
  private final Semaphore signal = new Semaphore(0);
  private volatile boolean running;

  public OutboxRelay(RabbitConnections rabbit, EntityManager em, RelayConfig config) {
    this.rabbit = rabbit;
    this.em = em;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    running = true;
    Thread.ofVirtual().name("outbox-relay").start(this::relayWhenWoken);
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    signal.release();
  }

  /**
   * Events were committed to the outbox: publish them now. A person who saved a fact waits for the
   * re-match it causes; the scheduled round below (every second) would add half a second on
   * average. The scheduled round stays, for retries after a failure and for rows written by other
   * processes.
   */
  void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten event) {
    signal.release();
  }

  private void relayWhenWoken() {
    while (running) {
      try {
        signal.acquire();
      } catch (InterruptedException e) {
        return;
      }
      signal.drainPermits();
      if (running) {
        scheduled();
      }
    }
  }

  @Scheduled(
      every = "${zjtx.outbox.relay.interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      delayed = "2s")
  void scheduled() {
    if (!config.enabled()) {
      return;
    }
    int sent;
    int rounds = 0;
    do {
      sent = relayOrRecordFailure();
    } while (sent == config.batchSize() && ++rounds < 20);
  }

  /**
   * Publishes one batch; when that fails (broker away, confirm timeout) the events stay in the
   * outbox and the failure is written on the ones waiting at its head ({@code attempts}, {@code
   * last_error}), so an operator sees from the table how long and why delivery is stuck.
   */
  public int relayOrRecordFailure() {
    try {
      return relayOnce();
    } catch (Exception e) {
      LOG.warnf("事件中继暂停：%s（事件保留在发件箱中，稍后重试）", e.getMessage());
      closeChannel();
      recordFailure(e);
      return 0;
    }
  }

  private void recordFailure(Exception failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause(); // the transaction wrapper says nothing; the broker's error does
    }
    String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  em.createNativeQuery(
                          "update outbox set attempts = attempts + 1, last_error = ?1 where id in"
                              + " (select id from outbox where sent_at is null order by seq limit ?2)")
                      .setParameter(1, error.length() > 500 ? error.substring(0, 500) : error)
                      .setParameter(2, config.batchSize())
                      .executeUpdate());
    } catch (RuntimeException e) {
      // The database is away too: nothing can be recorded, and nothing was lost either.
      LOG.warnf("无法记录事件中继失败：%s", e.getMessage());
    }
  }

  /**
   * Publishes one batch; returns how many events were sent (0 if another process holds the lock).
   */
  public synchronized int relayOnce() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Boolean locked =
                  (Boolean)
                      em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                          .setParameter(1, LOCK_KEY)
                          .getSingleResult();
              if (!Boolean.TRUE.equals(locked)) {
                return 0;
              }
              @SuppressWarnings("unchecked")
              List<Object[]> rows =
                  em.createNativeQuery(
                          "select id, type, version, payload::text, created_at from outbox where sent_at is null order by seq limit ?1")
                      .setParameter(1, config.batchSize())
                      .getResultList();
              if (rows.isEmpty()) {
                return 0;
              }
              Channel ch = channel();
              for (Object[] r : rows) {
                UUID id = (UUID) r[0];
                String type = (String) r[1];
                long version = ((Number) r[2]).longValue();
                Instant created =
                    r[4] instanceof Timestamp t
                        ? t.toInstant()
                        : r[4] instanceof Instant i ? i : Instant.now();
                AMQP.BasicProperties props =
                    new AMQP.BasicProperties.Builder()
                        .messageId(id.toString())
                        .type(type)
                        .contentType("application/json")
                        .contentEncoding("utf-8")
                        .deliveryMode(2)
                        .timestamp(Date.from(created))
                        .appId(EventEnvelope.SOURCE)
                        .headers(Map.of("version", version))
                        .build();
                ch.basicPublish(
                    config.exchange(),
                    type,
                    false,
                    props,
                    ((String) r[3]).getBytes(StandardCharsets.UTF_8));
              }
              ch.waitForConfirmsOrDie(config.confirmTimeout().toMillis());
              em.createNativeQuery(
                      "update outbox set sent_at = now(), attempts = attempts + 1, last_error = null"
                          + " where id in (:ids)")
                  .setParameter("ids", rows.stream().map(r -> (UUID) r[0]).toList())
                  .executeUpdate();
              return rows.size();
            });
  }

  private Channel channel() throws Exception {
    if (channel == null || !channel.isOpen()) {
      channel = rabbit.connection().createChannel();
      channel.exchangeDeclare(config.exchange(), BuiltinExchangeType.TOPIC, true);
      channel.confirmSelect();
    }
    return channel;
  }

  private synchronized void closeChannel() {
    try {
      if (channel != null && channel.isOpen()) {
        channel.abort();
      }
    } catch (Exception ignored) {
      // the channel is broken anyway
    }
    channel = null;
  }
}
