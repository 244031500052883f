package cn.gov.huaian.zjtx.enterprise.dashboard;

import cn.gov.huaian.zjtx.enterprise.reference.Cluster;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseRegistry;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's shape behind the target dashboard: the tier ladder by 7+3 cluster today, and the
 * ladder at the end of each year of the plan. Tiers are counted as the targets count them (a firm
 * "holds" a tier on a day by the rule of {@link Cohorts#held}), so this year's figures equal the
 * dashboard's actuals.
 */
@ApplicationScoped
public class Structure {
  /** The plan runs 2023–2025; the trend starts with its first year. */
  static final int FIRST_YEAR = 2023;

  private final EntityManager em;
  private final Cohorts cohorts;

  public Structure(EntityManager em, Cohorts cohorts) {
    this.em = em;
    this.cohorts = cohorts;
  }

  /**
   * Firms holding each rung of the ladder, counted like the plan's targets: 创新型 = any tier, 专精特新 =
   * provincial 专精特新 or higher, 小巨人 and 单项冠军 = that tier.
   */
  public record Ladder(long innovative, long srdi, long littleGiant, long singleChampion) {}

  /** One 7+3 cluster (or the firms outside them, code null). */
  public record ClusterRow(
      String cluster, String clusterName, String kind, long enterprises, Ladder ladder) {}

  /** The clusters of a scope. */
  public record Clusters(
      String district, String districtName, LocalDate asOf, List<ClusterRow> clusters) {}

  /** One district: its firms, the ladder, and the commissioners serving firms there. */
  public record DistrictRow(
      String district, String districtName, long enterprises, Ladder ladder, long commissioners) {}

  /** Every district of the city, in one pass over the registry (the dashboard's map). */
  public record Districts(LocalDate asOf, List<DistrictRow> districts) {}

  /** The ladder as it stood at the end of one year (today for the current year). */
  public record YearPoint(int year, LocalDate asOf, boolean partial, Ladder ladder) {}

  /** Year on year, from the plan's first year to this one. */
  public record Trend(String district, String districtName, List<YearPoint> years) {}

  public Clusters clusters(String district, String districtName) {
    LocalDate today = LocalDate.now(EnterpriseRegistry.ZONE);
    String sql =
        "select e.cluster_code, count(*), "
            + ladderCounts()
            + " from enterprise e where "
            + Cohorts.inDistrict("e", district)
            + " group by e.cluster_code";
    Map<String, Object[]> byCode = new HashMap<>();
    for (Object[] r : rows(sql, today, district)) {
      byCode.put((String) r[0], r);
    }
    List<ClusterRow> out = new ArrayList<>();
    for (Cluster c : Cluster.values()) {
      out.add(row(c.code, c.label, c.kind.label, byCode.get(c.code)));
    }
    Object[] none = byCode.get(null);
    if (none != null) {
      out.add(row(null, "7+3 集群以外", null, none));
    }
    return new Clusters(district, districtName, today, out);
  }

  public Districts districts() {
    LocalDate today = LocalDate.now(EnterpriseRegistry.ZONE);
    String sql =
        "select e.district_code, count(*), "
            + ladderCounts()
            + " from enterprise e group by e.district_code";
    Map<String, Object[]> byCode = new HashMap<>();
    for (Object[] r : rows(sql, today, null)) {
      byCode.put((String) r[0], r);
    }
    Map<String, Long> commissioners = new HashMap<>();
    for (Object[] r :
        rows(
            "select e.district_code, count(distinct a.commissioner_subject) from commissioner_assignment a"
                + " join enterprise e on e.id = a.enterprise_id group by e.district_code",
            today,
            null)) {
      commissioners.put((String) r[0], n(r[1]));
    }
    List<DistrictRow> out = new ArrayList<>();
    for (var d : ReferenceData.bundled().districts()) {
      Object[] r = byCode.get(d.code());
      out.add(
          new DistrictRow(
              d.code(),
              d.name(),
              r == null ? 0 : n(r[1]),
              r == null ? new Ladder(0, 0, 0, 0) : ladder(r, 2),
              commissioners.getOrDefault(d.code(), 0L)));
    }
    return new Districts(today, out);
  }

  public Trend trend(String district, String districtName) {
    LocalDate today = LocalDate.now(EnterpriseRegistry.ZONE);
    List<YearPoint> years = new ArrayList<>();
    String inTier = "q.kind in (" + codes(tiers()) + ")";
    String sql =
        "select count(distinct q.enterprise_id) filter (where "
            + inTier
            + "), count(distinct q.enterprise_id) filter (where q.kind in ("
            + codes(
                QualificationKind.SRDI_SME,
                QualificationKind.LITTLE_GIANT,
                QualificationKind.SINGLE_CHAMPION)
            + ")), count(distinct q.enterprise_id) filter (where q.kind = '"
            + QualificationKind.LITTLE_GIANT.code
            + "'), count(distinct q.enterprise_id) filter (where q.kind = '"
            + QualificationKind.SINGLE_CHAMPION.code
            + "') from qualification q join enterprise e on e.id = q.enterprise_id where "
            + inTier
            + " and q.granted_on <= :today and (q.revoked_on is null or q.revoked_on > :today)"
            + " and (q.review_on is null or q.review_on >= :today) and "
            + Cohorts.inDistrict("e", district);
    for (int y = FIRST_YEAR; y <= today.getYear(); y++) {
      LocalDate end = LocalDate.of(y, 12, 31);
      boolean partial = end.isAfter(today);
      LocalDate asOf = partial ? today : end;
      Object[] r = rows(sql, asOf, district).getFirst();
      years.add(new YearPoint(y, asOf, partial, ladder(r, 0)));
    }
    return new Trend(district, districtName, years);
  }

  /** The four rungs counted over {@code enterprise e}, as the targets count them. */
  private String ladderCounts() {
    return filtered(cohorts.held("e", tiers()))
        + ", "
        + filtered(
            cohorts.held(
                "e",
                QualificationKind.SRDI_SME,
                QualificationKind.LITTLE_GIANT,
                QualificationKind.SINGLE_CHAMPION))
        + ", "
        + filtered(cohorts.held("e", QualificationKind.LITTLE_GIANT))
        + ", "
        + filtered(cohorts.held("e", QualificationKind.SINGLE_CHAMPION));
  }

  private static ClusterRow row(String code, String name, String kind, Object[] r) {
    long total = r == null ? 0 : n(r[1]);
    return new ClusterRow(
        code, name, kind, total, r == null ? new Ladder(0, 0, 0, 0) : ladder(r, 2));
  }

  private static Ladder ladder(Object[] r, int from) {
    return new Ladder(n(r[from]), n(r[from + 1]), n(r[from + 2]), n(r[from + 3]));
  }

  private static long n(Object v) {
    return v == null ? 0 : ((Number) v).longValue();
  }

  private static String filtered(String condition) {
    return "count(*) filter (where " + condition + ")";
  }

  private static QualificationKind[] tiers() {
    return QualificationKind.tiers().toArray(QualificationKind[]::new);
  }

  private static String codes(QualificationKind... kinds) {
    StringBuilder s = new StringBuilder();
    for (QualificationKind k : kinds) {
      s.append(s.isEmpty() ? "" : ",").append('\'').append(k.code).append('\'');
    }
    return s.toString();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, LocalDate day, String district) {
    var q = em.createNativeQuery(sql);
    if (sql.contains(":today")) {
      q.setParameter("today", day);
    }
    if (district != null) {
      q.setParameter("district", district);
    }
    return q.getResultList();
  }
}
