package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.web.PageView;
import cn.gov.huaian.zjtx.policy.facts.ReadModel;
import cn.gov.huaian.zjtx.policy.matching.BenefitDisplay;
import cn.gov.huaian.zjtx.policy.matching.ResultChanged;
import cn.gov.huaian.zjtx.policy.matching.Times;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * 站内信. A changed result becomes exactly one notification: the dedup key names the change
 * (enterprise, program, rules version, fact version, amount or deadline) and is unique, so a change
 * detected twice is stored once; its webhook deliveries are queued with it.
 */
@ApplicationScoped
public class Inbox {
  private final EntityManager em;
  private final Event<NotificationCreated> created;
  private final PushConfig config;

  public Inbox(EntityManager em, Event<NotificationCreated> created, PushConfig config) {
    this.em = em;
    this.created = created;
    this.config = config;
  }

  void onResultChanged(@Observes ResultChanged change) {
    String key =
        switch (change.kind()) {
          case AMOUNT_CHANGED ->
              "%s:%s:%s:r%d:f%d:%s-%s"
                  .formatted(
                      change.kind(),
                      change.enterpriseId(),
                      change.programId(),
                      change.rulesVersion(),
                      change.factVersion(),
                      change.afterAmount().min(),
                      change.afterAmount().max());
          default ->
              "%s:%s:%s:r%d:f%d"
                  .formatted(
                      change.kind(),
                      change.enterpriseId(),
                      change.programId(),
                      change.rulesVersion(),
                      change.factVersion());
        };
    AmountRange amount = change.afterAmount();
    String title =
        switch (change.kind()) {
          case NEWLY_ELIGIBLE -> "新符合政策：" + change.programTitle();
          case NO_LONGER_ELIGIBLE -> "不再符合：" + change.programTitle();
          case AMOUNT_CHANGED -> "预计金额变化：" + change.programTitle();
        };
    String body =
        switch (change.kind()) {
          case NEWLY_ELIGIBLE ->
              "根据最新信息，贵企业符合《"
                  + change.programTitle()
                  + "》（规则第"
                  + change.rulesVersion()
                  + "版）"
                  + (BenefitDisplay.monetary(amount)
                      ? "，预计可获 " + amount.toWanYuan()
                      : "，" + change.benefitDisplay(amount))
                  + "。"
                  + deadlineText(change.applyDeadline());
          case NO_LONGER_ELIGIBLE ->
              "根据最新信息，贵企业已不再符合《"
                  + change.programTitle()
                  + "》（规则第"
                  + change.rulesVersion()
                  + "版）的条件，请查看判定依据与差距。";
          case AMOUNT_CHANGED ->
              "《"
                  + change.programTitle()
                  + "》预计金额由 "
                  + change.beforeAmount().toWanYuan()
                  + " 变为 "
                  + amount.toWanYuan()
                  + "（规则第"
                  + change.rulesVersion()
                  + "版）。";
        };
    store(
        change.enterpriseId(),
        change.programId(),
        change.programTitle(),
        change.rulesVersion(),
        change.factVersion(),
        change.kind().name(),
        title,
        body,
        change.kind() == ResultChanged.Kind.NO_LONGER_ELIGIBLE ? null : amount,
        change.applyDeadline(),
        key);
  }

  private static String deadlineText(LocalDate deadline) {
    return deadline == null ? "" : "申报截止日期：" + deadline + "。";
  }

  /** Stores a notification unless its change was already notified; returns whether it was new. */
  boolean store(
      UUID enterprise,
      UUID program,
      String programTitle,
      Integer rulesVersion,
      Long factVersion,
      String kind,
      String title,
      String body,
      AmountRange amount,
      LocalDate deadline,
      String dedupKey) {
    UUID id = UUID.randomUUID();
    int inserted =
        em.createNativeQuery(
                "insert into notification (id, enterprise_id, program_id, program_title, rules_version, fact_version, kind, title, body, "
                    + "amount_min, amount_max, deadline, dedup_key, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                    + "cast(nullif(?10, '') as numeric), cast(nullif(?11, '') as numeric), cast(nullif(?12, '') as date), ?13, clock_timestamp()) "
                    + "on conflict (dedup_key) do nothing")
            .setParameter(1, id)
            .setParameter(2, enterprise)
            .setParameter(3, program)
            .setParameter(4, programTitle)
            .setParameter(5, rulesVersion == null ? 0 : rulesVersion)
            .setParameter(6, factVersion == null ? 0L : factVersion)
            .setParameter(7, kind)
            .setParameter(8, title)
            .setParameter(9, body)
            .setParameter(10, amount == null ? "" : amount.min().toPlainString())
            .setParameter(11, amount == null ? "" : amount.max().toPlainString())
            .setParameter(12, deadline == null ? "" : deadline.toString())
            .setParameter(13, dedupKey)
            .executeUpdate();
    if (inserted == 0) {
      return false;
    }
    em.createNativeQuery(
            "insert into webhook_delivery (id, webhook_id, notification_id) select gen_random_uuid(), w.id, ?1 "
                + "from webhook w where w.enterprise_id = ?2 and w.active")
        .setParameter(1, id)
        .setParameter(2, enterprise)
        .executeUpdate();
    // The stream gets the notification as written (created_at differs from the row's by the commit
    // only).
    created.fire(
        new NotificationCreated(
            new NotificationView(
                id,
                enterprise,
                program,
                programTitle,
                rulesVersion,
                kind,
                title,
                body,
                amount == null ? null : amount.min(),
                amount == null ? null : amount.max(),
                deadline,
                java.time.Instant.now(),
                false)));
    return true;
  }

  /**
   * 申报截止提醒: eligible enterprises of programs whose deadline is within N days, once per deadline.
   */
  @Transactional
  public int remindDeadlines() {
    LocalDate today = ReadModel.today();
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select r.enterprise_id, p.id, p.title, p.rules_version, r.fact_version, r.amount_min, r.amount_max, p.apply_deadline "
                    + "from match_result r join program p on p.id = r.program_id "
                    + "where p.status = 'PUBLISHED' and not p.exempt_application and r.status in ('ELIGIBLE', 'PENDING_VERIFICATION') "
                    + "and p.apply_deadline between ?1 and ?2 and not exists (select 1 from application a "
                    + "where a.enterprise_id = r.enterprise_id and a.program_id = p.id and a.status <> 'REJECTED')",
                Object[].class)
            .setParameter(1, today)
            .setParameter(2, today.plusDays(config.deadlineDays()))
            .getResultList();
    int sent = 0;
    for (Object[] r : rows) {
      LocalDate deadline = r[7] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[7];
      long days = ChronoUnit.DAYS.between(today, deadline);
      String title = "申报即将截止：" + r[2];
      String body = "贵企业符合《" + r[2] + "》，申报将于 " + deadline + " 截止（还剩 " + days + " 天），请尽快申报。";
      String key = "DEADLINE_SOON:%s:%s:%s".formatted(r[0], r[1], deadline);
      if (store(
          (UUID) r[0],
          (UUID) r[1],
          (String) r[2],
          ((Number) r[3]).intValue(),
          ((Number) r[4]).longValue(),
          "DEADLINE_SOON",
          title,
          body,
          new AmountRange((BigDecimal) r[5], (BigDecimal) r[6]),
          deadline,
          key)) {
        sent++;
      }
    }
    return sent;
  }

  private static final String SELECT =
      "select id, enterprise_id, program_id, program_title, rules_version, kind, title, body, amount_min, amount_max, deadline, "
          + "created_at, read_at from notification ";

  NotificationView find(UUID id) {
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(SELECT + "where id = ?1", Object[].class)
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(Inbox::view)
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("通知"));
  }

  @Transactional
  public PageView<NotificationView> list(UUID enterprise, Boolean unread, int page, int size) {
    String where =
        "where enterprise_id = ?1"
            + (Boolean.TRUE.equals(unread)
                ? " and read_at is null"
                : Boolean.FALSE.equals(unread) ? " and read_at is not null" : "");
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                SELECT + where + " order by created_at desc, id limit ?2 offset ?3", Object[].class)
            .setParameter(1, enterprise)
            .setParameter(2, size)
            .setParameter(3, (long) page * size)
            .getResultList();
    long total =
        ((Number)
                em.createNativeQuery("select count(*) from notification " + where)
                    .setParameter(1, enterprise)
                    .getSingleResult())
            .longValue();
    return new PageView<>(rows.stream().map(Inbox::view).toList(), page, size, total);
  }

  @Transactional
  public long unreadCount(UUID enterprise) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from notification where enterprise_id = ?1 and read_at is null")
                .setParameter(1, enterprise)
                .getSingleResult())
        .longValue();
  }

  @Transactional
  public NotificationView markRead(UUID enterprise, UUID id, boolean read) {
    int updated =
        em.createNativeQuery(
                "update notification set read_at = case when ?3 then coalesce(read_at, now()) else null end "
                    + "where id = ?1 and enterprise_id = ?2")
            .setParameter(1, id)
            .setParameter(2, enterprise)
            .setParameter(3, read)
            .executeUpdate();
    if (updated == 0) {
      throw ProblemException.notFound("通知");
    }
    return find(id);
  }

  @Transactional
  public int markAllRead(UUID enterprise) {
    return em.createNativeQuery(
            "update notification set read_at = now() where enterprise_id = ?1 and read_at is null")
        .setParameter(1, enterprise)
        .executeUpdate();
  }

  private static NotificationView view(Object[] r) {
    return new NotificationView(
        (UUID) r[0],
        (UUID) r[1],
        (UUID) r[2],
        (String) r[3],
        r[4] == null ? null : ((Number) r[4]).intValue(),
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (BigDecimal) r[8],
        (BigDecimal) r[9],
        r[10] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[10],
        Times.instant(r[11]),
        r[12] != null);
  }
}
