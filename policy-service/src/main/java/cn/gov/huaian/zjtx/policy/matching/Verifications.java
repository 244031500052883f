package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.policy.rules.assess.Eligibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * 人工核验记录：an admin's finding on one check (需人工核验 item) for one enterprise. A check id means the same
 * fact about the firm in every program that names it (e.g. {@code no_major_incident_3y}), so one
 * record serves them all. Recording queues the enterprise's re-match.
 */
@ApplicationScoped
public class Verifications {
  private final EntityManager em;
  private final ProgramSet programs;
  private final MatchJobs jobs;

  public Verifications(EntityManager em, ProgramSet programs, MatchJobs jobs) {
    this.em = em;
    this.programs = programs;
    this.jobs = jobs;
  }

  /** One recorded finding. */
  public record Finding(
      String checkId, boolean passed, String note, String recordedBy, Instant recordedAt) {}

  /** The findings of one enterprise by check id. */
  @Transactional
  public Map<String, Finding> of(UUID enterpriseId) {
    return of(List.of(enterpriseId)).getOrDefault(enterpriseId, Map.of());
  }

  /** The findings of several enterprises (a page of a re-match), by enterprise and check id. */
  @Transactional
  public Map<UUID, Map<String, Finding>> of(Collection<UUID> enterpriseIds) {
    if (enterpriseIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select enterprise_id, check_id, passed, note, recorded_by, recorded_at "
                    + "from manual_verification where enterprise_id in (?1)",
                Object[].class)
            .setParameter(1, enterpriseIds)
            .getResultList();
    Map<UUID, Map<String, Finding>> out = new HashMap<>();
    for (Object[] r : rows) {
      out.computeIfAbsent((UUID) r[0], k -> new HashMap<>())
          .put(
              (String) r[1],
              new Finding(
                  (String) r[1],
                  (Boolean) r[2],
                  (String) r[3],
                  (String) r[4],
                  Times.instant(r[5])));
    }
    return out;
  }

  /**
   * Records a finding (replacing an earlier one) and queues the enterprise's re-match. 404 when the
   * check is named by no program in force.
   */
  @Transactional
  public Finding record(UUID enterpriseId, String checkId, boolean passed, String note, String by) {
    boolean known =
        programs.live().stream()
            .flatMap(p -> p.manualChecks().stream())
            .anyMatch(c -> c.id().equals(checkId));
    if (!known) {
      throw ProblemException.notFound("核验项“" + checkId + "”");
    }
    em.createNativeQuery(
            "insert into manual_verification (enterprise_id, check_id, passed, note, recorded_by) "
                + "values (?1, ?2, ?3, ?4, ?5) on conflict (enterprise_id, check_id) do update set "
                + "passed = excluded.passed, note = excluded.note, recorded_by = excluded.recorded_by, recorded_at = now()")
        .setParameter(1, enterpriseId)
        .setParameter(2, checkId)
        .setParameter(3, passed)
        .setParameter(4, note)
        .setParameter(5, by)
        .executeUpdate();
    jobs.enqueue(MatchJobs.Kind.ENTERPRISE, enterpriseId);
    return new Finding(checkId, passed, note, by, Instant.now());
  }

  /** A result after the manual checks: its status and the checks still to verify. */
  public record Verdict(Eligibility status, List<LiveProgram.ManualCheck> pending) {}

  /**
   * Applies a program's manual checks to what its rules decided: a check recorded as failed
   * refuses; unrecorded checks leave an eligible result PENDING_VERIFICATION. Never true by
   * default.
   */
  public static Verdict verdict(
      Eligibility onRules, List<LiveProgram.ManualCheck> checks, Map<String, Finding> findings) {
    if (onRules != Eligibility.ELIGIBLE || checks.isEmpty()) {
      return new Verdict(onRules, List.of());
    }
    boolean failed =
        checks.stream()
            .anyMatch(c -> findings.containsKey(c.id()) && !findings.get(c.id()).passed());
    if (failed) {
      return new Verdict(Eligibility.NOT_ELIGIBLE, List.of());
    }
    List<LiveProgram.ManualCheck> pending =
        checks.stream().filter(c -> !findings.containsKey(c.id())).toList();
    return new Verdict(
        pending.isEmpty() ? Eligibility.ELIGIBLE : Eligibility.PENDING_VERIFICATION, pending);
  }
}
