package cn.gov.huaian.zjtx.enterprise.events;

import cn.gov.huaian.zjtx.enterprise.figures.FigureMath;
import cn.gov.huaian.zjtx.enterprise.figures.Figures;
import cn.gov.huaian.zjtx.enterprise.figures.YearFigures;
import cn.gov.huaian.zjtx.enterprise.pools.PoolEntry;
import cn.gov.huaian.zjtx.enterprise.registry.CommissionerAssignment;
import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.tiers.Qualification;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationKind;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationService;
import cn.gov.huaian.zjtx.enterprise.tiers.Tiers;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Builds full snapshots of enterprises, a batch at a time (five queries whatever the batch size).
 */
@ApplicationScoped
public class SnapshotLoader {
  private static final String READ_ONLY = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY;
  static final int FIGURE_YEARS = 3;

  public Map<UUID, EnterpriseSnapshot> load(Collection<Enterprise> enterprises) {
    if (enterprises.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = enterprises.stream().map(e -> e.id).toList();
    LocalDate today = QualificationService.today();
    Map<UUID, List<Qualification>> quals = new HashMap<>();
    for (Qualification q :
        Qualification.<Qualification>find("enterpriseId in ?1", ids)
            .withHint(READ_ONLY, true)
            .list()) {
      quals.computeIfAbsent(q.enterpriseId, k -> new ArrayList<>()).add(q);
    }
    Map<UUID, List<String>> pools = new HashMap<>();
    for (PoolEntry p :
        PoolEntry.<PoolEntry>find("enterpriseId in ?1 and exitedOn is null order by poolCode", ids)
            .withHint(READ_ONLY, true)
            .list()) {
      pools.computeIfAbsent(p.enterpriseId, k -> new ArrayList<>()).add(p.poolCode);
    }
    Map<UUID, List<EnterpriseSnapshot.Commissioner>> commissioners = new HashMap<>();
    for (CommissionerAssignment a :
        CommissionerAssignment.<CommissionerAssignment>find(
                "enterpriseId in ?1 order by assignedAt, commissionerSubject", ids)
            .withHint(READ_ONLY, true)
            .list()) {
      commissioners
          .computeIfAbsent(a.enterpriseId, k -> new ArrayList<>())
          .add(
              new EnterpriseSnapshot.Commissioner(
                  a.commissionerSubject, a.commissionerName, a.assignedAt));
    }
    Map<UUID, Map<Integer, Figures>> figures = new HashMap<>();
    for (YearFigures f :
        YearFigures.<YearFigures>find("enterpriseId in ?1", ids).withHint(READ_ONLY, true).list()) {
      figures.computeIfAbsent(f.enterpriseId, k -> new HashMap<>()).put(f.year, f.figures());
    }
    Map<UUID, EnterpriseSnapshot> out = new HashMap<>();
    for (Enterprise e : enterprises) {
      List<Qualification> all = quals.getOrDefault(e.id, List.of());
      List<Qualification> held = all.stream().filter(q -> q.currentOn(today)).toList();
      String tier =
          Tiers.currentTier(held.stream().map(Qualification::held).toList(), today)
              .map(k -> k.code)
              .orElse(null);
      Map<Integer, Figures> byYear = figures.getOrDefault(e.id, Map.of());
      List<Figures> recent =
          byYear.values().stream()
              .sorted(Comparator.comparing(Figures::year).reversed())
              .limit(FIGURE_YEARS)
              .toList();
      FigureMath.Derived derived =
          recent.isEmpty() ? null : FigureMath.derive(recent.get(0).year(), byYear);
      out.put(
          e.id,
          new EnterpriseSnapshot(
              e.id,
              e.version,
              e.creditCode,
              e.name,
              e.foundedOn,
              e.districtCode,
              e.townCode,
              e.park,
              e.address,
              e.industryCode,
              e.clusterCode,
              e.mainProduct,
              e.nicheMarket,
              e.nicheYears,
              e.chainPosition,
              e.contacts == null ? List.of() : e.contacts,
              tier,
              held.stream()
                  .sorted(
                      Comparator.comparing(
                          (Qualification q) ->
                              QualificationKind.of(q.kind).orElseThrow().ordinal()))
                  .map(
                      q ->
                          new EnterpriseSnapshot.HeldQualification(
                              q.kind,
                              q.level,
                              q.batch,
                              q.grantedOn,
                              q.reviewOn,
                              firstGranted(all, q),
                              q.rank))
                  .toList(),
              pools.getOrDefault(e.id, List.of()),
              commissioners.getOrDefault(e.id, List.of()),
              recent,
              derived,
              e.updatedAt));
    }
    return out;
  }

  /**
   * The earliest grant of the same kind and level, revoked ones left out (a revocation voids it).
   */
  static LocalDate firstGranted(List<Qualification> all, Qualification held) {
    return all.stream()
        .filter(q -> q.revokedOn == null || q == held)
        .filter(q -> q.kind.equals(held.kind) && Objects.equals(q.level, held.level))
        .map(q -> q.grantedOn)
        .min(Comparator.naturalOrder())
        .orElse(held.grantedOn);
  }
}
