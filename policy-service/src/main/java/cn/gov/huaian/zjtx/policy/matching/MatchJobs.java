package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.catalog.ProgramChanged;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseFactsChanged;
import cn.gov.huaian.zjtx.policy.facts.FactsRederived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;

/**
 * 重匹配任务队列. A change of facts or of a published program queues a job in the transaction of the
 * change (so no change is ever without its job, and a duplicate pending job is not added); after
 * the commit the runner is woken. Requests never wait for a re-match.
 */
@ApplicationScoped
public class MatchJobs {
  private final EntityManager em;
  private final MatchRunner runner;

  public MatchJobs(EntityManager em, MatchRunner runner) {
    this.em = em;
    this.runner = runner;
  }

  /** What a job re-matches. */
  public enum Kind {
    PROGRAM,
    ENTERPRISE,
    ALL
  }

  /**
   * A job as admins see it. Named apart in the OpenAPI document: platform's import job is {@code
   * JobView}, and two schemas of one name hide one of them.
   */
  @Schema(name = "MatchJobView")
  public record JobView(
      UUID id,
      String kind,
      UUID targetId,
      String status,
      java.time.Instant requestedAt,
      java.time.Instant startedAt,
      java.time.Instant finishedAt,
      long pairs,
      int changes,
      String error) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueue(Kind kind, UUID target) {
    em.createNativeQuery(
            "insert into match_job (id, kind, target_id) values (?1, ?2, cast(?3 as uuid)) on conflict do nothing")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, kind.name())
        .setParameter(3, target == null ? null : target.toString())
        .executeUpdate();
  }

  void onFacts(@Observes EnterpriseFactsChanged event) {
    enqueue(Kind.ENTERPRISE, event.enterpriseId());
  }

  /** Facts derived again (a new derivation): every result may be stale, one full re-match. */
  void onRederived(@Observes FactsRederived event) {
    enqueue(Kind.ALL, null);
  }

  void wakeOnRederived(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactsRederived event) {
    runner.wake();
  }

  void onProgram(@Observes ProgramChanged event) {
    if (event.rematch()) {
      enqueue(Kind.PROGRAM, event.programId());
    }
  }

  void wakeOnFacts(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) EnterpriseFactsChanged event) {
    runner.wake();
  }

  void wakeOnProgram(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgramChanged event) {
    if (event.rematch()) {
      runner.wake();
    }
  }

  @Transactional
  public JobView requestFullRematch() {
    enqueue(Kind.ALL, null);
    List<JobView> pending = list("status = 'PENDING' and kind = 'ALL'", 1);
    return pending.getFirst();
  }

  /** Wake the runner (after the caller's transaction committed). */
  public void wake() {
    runner.wake();
  }

  @Transactional
  public List<JobView> recent(int size) {
    return list("true", size);
  }

  private List<JobView> list(String where, int size) {
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select id, kind, target_id, status, requested_at, started_at, finished_at, pairs, changes, error from match_job where "
                    + where
                    + " order by requested_at desc limit "
                    + size,
                Object[].class)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new JobView(
                    (UUID) r[0],
                    (String) r[1],
                    (UUID) r[2],
                    (String) r[3],
                    Times.instant(r[4]),
                    Times.instant(r[5]),
                    Times.instant(r[6]),
                    ((Number) r[7]).longValue(),
                    ((Number) r[8]).intValue(),
                    (String) r[9]))
        .toList();
  }
}
