package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.policy.matching.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** Webhook subscriptions of enterprises and the delivery log admins watch. */
@ApplicationScoped
public class Webhooks {
  private final EntityManager em;
  private final WebhookTargets targets;
  private final PushConfig config;

  public Webhooks(EntityManager em, WebhookTargets targets, PushConfig config) {
    this.em = em;
    this.targets = targets;
    this.config = config;
  }

  /** A subscription; the secret is shown once, when created. */
  public record WebhookView(
      UUID id, UUID enterpriseId, String url, boolean active, Instant createdAt, String secret) {}

  /** One delivery attempt record. */
  public record DeliveryView(
      UUID id,
      UUID webhookId,
      UUID enterpriseId,
      String url,
      UUID notificationId,
      String status,
      int attempts,
      Instant nextAttemptAt,
      Integer lastStatus,
      String lastError,
      Instant deliveredAt,
      Instant createdAt) {}

  /**
   * Registers a subscription: the URL is checked (public address, https, allow-list) before
   * anything is written, then the enterprise's cap is checked under a per-enterprise lock so that
   * concurrent requests cannot pass it together.
   */
  public WebhookView create(UUID enterprise, String url, String user) {
    String checked = targets.forRegistration(url).uri().toString();
    return QuarkusTransaction.requiringNew().call(() -> insert(enterprise, checked, user));
  }

  private WebhookView insert(UUID enterprise, String url, String user) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 14))")
        .setParameter(1, "webhook:" + enterprise)
        .getSingleResult();
    long active =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from webhook where enterprise_id = ?1 and active")
                    .setParameter(1, enterprise)
                    .getSingleResult())
            .longValue();
    int max = config.webhooks().maxPerEnterprise();
    if (active >= max) {
      throw new ProblemException(
          409,
          "webhook-limit-reached",
          "Webhook 订阅已达上限",
          "每家企业最多 " + max + " 个有效的 webhook 订阅，请先删除不再使用的订阅");
    }
    UUID id = UUID.randomUUID();
    String secret = Signatures.newSecret();
    em.createNativeQuery(
            "insert into webhook (id, enterprise_id, url, secret, created_by) values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, id)
        .setParameter(2, enterprise)
        .setParameter(3, url)
        .setParameter(4, secret)
        .setParameter(5, user)
        .executeUpdate();
    return new WebhookView(id, enterprise, url, true, Instant.now(), secret);
  }

  @Transactional
  public List<WebhookView> list(UUID enterprise) {
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select id, enterprise_id, url, active, created_at from webhook where enterprise_id = ?1 and active order by created_at",
                Object[].class)
            .setParameter(1, enterprise)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new WebhookView(
                    (UUID) r[0],
                    (UUID) r[1],
                    (String) r[2],
                    (Boolean) r[3],
                    Times.instant(r[4]),
                    null))
        .toList();
  }

  @Transactional
  public void deactivate(UUID enterprise, UUID id) {
    int n =
        em.createNativeQuery(
                "update webhook set active = false where id = ?1 and enterprise_id = ?2 and active")
            .setParameter(1, id)
            .setParameter(2, enterprise)
            .executeUpdate();
    if (n == 0) {
      throw ProblemException.notFound("Webhook 订阅");
    }
    em.createNativeQuery(
            "update webhook_delivery set status = 'DEAD', last_error = '订阅已删除' where webhook_id = ?1 and status = 'PENDING'")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Transactional
  public List<DeliveryView> deliveries(String status, int size) {
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select d.id, d.webhook_id, w.enterprise_id, w.url, d.notification_id, d.status, d.attempts, d.next_attempt_at, "
                    + "d.last_status, d.last_error, d.delivered_at, d.created_at from webhook_delivery d join webhook w on w.id = d.webhook_id "
                    + "where (?1 = '' or d.status = ?1) order by d.created_at desc limit ?2",
                Object[].class)
            .setParameter(1, status == null ? "" : status)
            .setParameter(2, size)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DeliveryView(
                    (UUID) r[0],
                    (UUID) r[1],
                    (UUID) r[2],
                    (String) r[3],
                    (UUID) r[4],
                    (String) r[5],
                    ((Number) r[6]).intValue(),
                    Times.instant(r[7]),
                    r[8] == null ? null : ((Number) r[8]).intValue(),
                    (String) r[9],
                    Times.instant(r[10]),
                    Times.instant(r[11])))
        .toList();
  }

  /** A dead letter goes back to the queue with a fresh count of attempts. */
  @Transactional
  public void retry(UUID deliveryId) {
    int n =
        em.createNativeQuery(
                "update webhook_delivery d set status = 'PENDING', attempts = 0, next_attempt_at = now() "
                    + "from webhook w where d.id = ?1 and w.id = d.webhook_id and w.active and d.status = 'DEAD'")
            .setParameter(1, deliveryId)
            .executeUpdate();
    if (n == 0) {
      throw ProblemException.conflict("not-a-dead-letter", "只能重投已进入死信的投递，且其订阅仍有效");
    }
  }
}
