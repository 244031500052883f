package cn.gov.huaian.zjtx.enterprise.commissioners;

import cn.gov.huaian.zjtx.enterprise.registry.CommissionerAssignment;
import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseRegistry;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseView;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationKind;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A commissioner's caseload (我的企业): the firms assigned to it with their tier and visit history,
 * most in need of a visit first, and its own coverage against the plan's "每两家企业配备 1 名专员".
 */
@ApplicationScoped
public class Caseload {
  /** The plan: one commissioner for every two firms. */
  static final int PLAN_FIRMS_PER_COMMISSIONER = 2;

  private final EntityManager em;
  private final Coverage coverage;

  public Caseload(EntityManager em, Coverage coverage) {
    this.em = em;
    this.coverage = coverage;
  }

  /** One assigned firm. {@code daysSinceVisit} is null when it was never visited. */
  public record Firm(
      UUID id,
      String name,
      String creditCode,
      String districtCode,
      String districtName,
      String cluster,
      String clusterName,
      String tier,
      String tierName,
      Instant assignedAt,
      LocalDate lastVisitOn,
      Long daysSinceVisit,
      long visits,
      long visitsLast90Days) {}

  /** The caller's own coverage, with the city's figures beside it. */
  public record MyCoverage(
      long assigned,
      long visitedLast90Days,
      long neverVisited,
      long visitsLast90Days,
      BigDecimal visitedShare,
      int planFirmsPerCommissioner,
      int recentDays,
      Coverage.Figures city) {}

  /**
   * The firms assigned to {@code subject}: never visited first (longest assigned first), then the
   * longest since the last visit.
   */
  public List<Firm> firms(String subject) {
    LocalDate today = LocalDate.now(EnterpriseRegistry.ZONE);
    Map<UUID, Instant> assignedAt = new HashMap<>();
    for (CommissionerAssignment a :
        CommissionerAssignment.<CommissionerAssignment>list("commissionerSubject", subject)) {
      assignedAt.put(a.enterpriseId, a.assignedAt);
    }
    if (assignedAt.isEmpty()) {
      return List.of();
    }
    Map<UUID, Object[]> visits = new HashMap<>();
    for (Object[] r :
        rows(
            "select enterprise_id, max(visited_on), count(*),"
                + " count(*) filter (where visited_on >= current_date - "
                + Coverage.RECENT_DAYS
                + ") from commissioner_visit where enterprise_id in (select enterprise_id from"
                + " commissioner_assignment where commissioner_subject = ?1) group by enterprise_id",
            subject)) {
      visits.put((UUID) r[0], r);
    }
    List<Enterprise> firms = Enterprise.list("id in ?1", assignedAt.keySet());
    Map<UUID, QualificationKind> tiers =
        QualificationService.currentTiers(assignedAt.keySet(), today);
    return firms.stream()
        .map(
            e -> {
              EnterpriseView v = EnterpriseView.of(e, tiers.get(e.id));
              Object[] vr = visits.get(e.id);
              LocalDate last = vr == null ? null : day(vr[1]);
              return new Firm(
                  e.id,
                  e.name,
                  e.creditCode,
                  v.districtCode(),
                  v.districtName(),
                  v.cluster(),
                  v.clusterName(),
                  v.tier(),
                  v.tierName(),
                  assignedAt.get(e.id),
                  last,
                  last == null ? null : ChronoUnit.DAYS.between(last, today),
                  vr == null ? 0 : ((Number) vr[2]).longValue(),
                  vr == null ? 0 : ((Number) vr[3]).longValue());
            })
        .sorted(NEEDS_VISIT_FIRST)
        .toList();
  }

  /** Never visited before visited; among those, the longest wait first; then by name. */
  static final Comparator<Firm> NEEDS_VISIT_FIRST =
      Comparator.comparing((Firm f) -> f.daysSinceVisit() != null)
          .thenComparing(
              f -> f.daysSinceVisit() == null ? 0 : -f.daysSinceVisit(), Comparator.naturalOrder())
          .thenComparing(Firm::assignedAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Firm::name);

  public MyCoverage coverage(String subject) {
    List<Firm> firms = firms(subject);
    long visited = firms.stream().filter(f -> f.visitsLast90Days() > 0).count();
    long never = firms.stream().filter(f -> f.lastVisitOn() == null).count();
    long visits = firms.stream().mapToLong(Firm::visitsLast90Days).sum();
    return new MyCoverage(
        firms.size(),
        visited,
        never,
        visits,
        Coverage.ratio(visited, firms.size()),
        PLAN_FIRMS_PER_COMMISSIONER,
        Coverage.RECENT_DAYS,
        coverage.figures(null));
  }

  private static LocalDate day(Object v) {
    return v instanceof Date d ? d.toLocalDate() : (LocalDate) v;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, String subject) {
    return em.createNativeQuery(sql).setParameter(1, subject).getResultList();
  }
}
