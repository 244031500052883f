package cn.gov.huaian.zjtx.enterprise.registry;

import cn.gov.huaian.zjtx.enterprise.reference.Cluster;
import cn.gov.huaian.zjtx.enterprise.reference.Park;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationKind;
import cn.gov.huaian.zjtx.enterprise.tiers.Tiers;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link EnterpriseFilter} into a JPQL condition on alias {@code e}. Figure thresholds use
 * the same definitions as {@code figures.FigureMath} (R&D ratio = R&D / revenue, debt ratio =
 * liabilities / assets; an enterprise with a zero denominator has no ratio and never matches).
 */
public final class EnterpriseQuery {
  private EnterpriseQuery() {}

  /** The latest complete year: figures filters default to it. */
  public static int defaultYear() {
    return LocalDate.now(EnterpriseRegistry.ZONE).getYear() - 1;
  }

  /**
   * The distinct adjacent character pairs of {@code s}, as the database's zjtx_bigrams computes
   * them.
   */
  static String[] bigrams(String s) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (int i = 0; i + 2 <= s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    return out.toArray(String[]::new);
  }

  public static String where(EnterpriseFilter f, Map<String, Object> p) {
    return build(f, p).where();
  }

  /**
   * The condition, and when the filter is a single condition on one related table (a tier, a pool,
   * figure thresholds), a count that reads that table alone: every row there belongs to exactly one
   * enterprise, so the join with the wide enterprise table adds nothing to the count.
   */
  public record Where(String where, String countAlone) {}

  public static Where build(EnterpriseFilter f, Map<String, Object> p) {
    Violations errors = new Violations();
    List<String> and = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    ReferenceData ref = ReferenceData.bundled();
    if (f.q != null && !f.q.isBlank()) {
      String q = f.q.strip().replace("\\", "").replace("%", "").replace("_", "");
      if (q.matches("[0-9A-Za-z]{2,18}")) {
        // letters and digits only: the beginning of a credit code (or a Latin part of a name)
        p.put("qCode", q.toUpperCase() + "%");
        p.put("qName", "%" + q + "%");
        and.add("(e.creditCode like :qCode or e.name like :qName)");
      } else if (q.length() >= 2) {
        // the name's character pairs must include the query's (GIN index), then LIKE confirms
        // adjacency
        p.put("qGrams", bigrams(q));
        p.put("qName", "%" + q + "%");
        and.add("(array_includes(e.nameGrams, :qGrams) and e.name like :qName)");
      } else {
        p.put("qName", "%" + q + "%");
        and.add("e.name like :qName");
      }
    }
    if (f.district != null && !f.district.isBlank()) {
      var d = ref.districtByCodeOrName(f.district);
      if (d.isEmpty()) {
        errors.add("district", "区县“" + f.district + "”不是淮安市的区县");
      } else {
        p.put("district", d.get().code());
        and.add("e.districtCode = :district");
      }
    }
    if (f.town != null && !f.town.isBlank()) {
      if (ref.town(f.town).isEmpty()) {
        errors.add("town", "镇街代码“" + f.town + "”不存在");
      } else {
        p.put("town", f.town.strip());
        and.add("e.townCode = :town");
      }
    }
    if (f.park != null && !f.park.isBlank()) {
      if ("none".equals(f.park.strip())) {
        and.add("e.park is null");
      } else {
        var park = Park.of(f.park);
        if (park.isEmpty()) {
          errors.add("park", "园区应为经开区、高新区、工业园区、生态文旅区之一（或 none 表示不在园区）");
        } else {
          p.put("park", park.get().code);
          and.add("e.park = :park");
        }
      }
    }
    if (f.cluster != null && !f.cluster.isBlank()) {
      var c = Cluster.of(f.cluster);
      if (c.isEmpty()) {
        errors.add("cluster", "集群应为 7+3 集群之一（代码或中文名称）");
      } else {
        p.put("cluster", c.get().code);
        and.add("e.clusterCode = :cluster");
      }
    }
    if (f.industry != null && !f.industry.isBlank()) {
      if (!f.industry.strip().matches("[0-9]{2,4}")) {
        errors.add("industry", "行业代码前缀应为 2 到 4 位数字");
      } else {
        p.put("industry", f.industry.strip() + "%");
        and.add("e.industryCode like :industry");
      }
    }
    LocalDate today = LocalDate.now(EnterpriseRegistry.ZONE);
    if (f.tier != null && !f.tier.isBlank()) {
      var k = QualificationKind.of(f.tier).filter(QualificationKind::isTier);
      if (k.isEmpty()) {
        errors.add("tier", "梯度应为 innovative-sme、srdi-sme、little-giant、single-champion 之一");
      } else {
        p.put("tierKind", k.get().code);
        p.put("heldOn", today);
        and.add(Tiers.heldCondition("e", "tierKind", "heldOn"));
        counts.add(HELD_COUNT.replace(":k", ":tierKind").replace(":d", ":heldOn"));
      }
    }
    if (f.qualification != null && !f.qualification.isBlank()) {
      var k = QualificationKind.of(f.qualification);
      if (k.isEmpty()) {
        errors.add("qualification", "资质类型“" + f.qualification + "”不存在");
      } else {
        p.put("qualKind", k.get().code);
        p.put("qualOn", today);
        and.add(Tiers.heldCondition("e", "qualKind", "qualOn"));
        counts.add(HELD_COUNT.replace(":k", ":qualKind").replace(":d", ":qualOn"));
      }
    }
    if (f.pool != null
        && !f.pool.isBlank()
        && cn.gov.huaian.zjtx.enterprise.pools.Pool.findById(f.pool.strip()) == null) {
      errors.add("pool", "培育库“" + f.pool + "”不存在");
    } else if (f.pool != null && !f.pool.isBlank()) {
      p.put("pool", f.pool.strip());
      and.add(
          "exists (select 1 from PoolEntry pe where pe.enterpriseId = e.id and pe.poolCode = :pool and pe.exitedOn is null)");
      counts.add(
          "select count(pe) from PoolEntry pe where pe.poolCode = :pool and pe.exitedOn is null");
    }
    if (f.hasFigureFilter()) {
      List<String> fig = new ArrayList<>();
      p.put("figYear", f.year == null ? defaultYear() : f.year);
      if (f.minRevenue != null) {
        p.put("minRevenue", f.minRevenue);
        fig.add("f.revenue >= :minRevenue");
      }
      if (f.maxRevenue != null) {
        p.put("maxRevenue", f.maxRevenue);
        fig.add("f.revenue <= :maxRevenue");
      }
      if (f.minRdSpending != null) {
        p.put("minRd", f.minRdSpending);
        fig.add("f.rdSpending >= :minRd");
      }
      if (f.minRdRatio != null) {
        p.put("minRdRatio", f.minRdRatio);
        fig.add("f.revenue > 0 and f.rdSpending >= :minRdRatio * f.revenue");
      }
      if (f.maxDebtRatio != null) {
        p.put("maxDebtRatio", f.maxDebtRatio);
        fig.add("f.totalAssets > 0 and f.totalLiabilities <= :maxDebtRatio * f.totalAssets");
      }
      if (f.minInventionPatents != null) {
        p.put("minPatents", f.minInventionPatents);
        fig.add("f.inventionPatents >= :minPatents");
      }
      if (f.minStaff != null) {
        p.put("minStaff", f.minStaff);
        fig.add("f.totalStaff >= :minStaff");
      }
      and.add(
          "exists (select 1 from YearFigures f where f.enterpriseId = e.id and f.year = :figYear and "
              + String.join(" and ", fig)
              + ")");
      counts.add(
          "select count(f) from YearFigures f where f.year = :figYear and "
              + String.join(" and ", fig));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors.list());
    }
    String where = and.isEmpty() ? "true" : String.join(" and ", and);
    return new Where(where, and.size() == 1 && counts.size() == 1 ? counts.get(0) : null);
  }

  /**
   * Distinct enterprises holding kind :k on day :d (one current certification of a kind per
   * enterprise is not guaranteed).
   */
  private static final String HELD_COUNT =
      "select count(distinct q.enterpriseId) from Qualification q where q.kind = :k"
          + " and q.grantedOn <= :d and (q.revokedOn is null or q.revokedOn > :d) and (q.reviewOn is null or q.reviewOn >= :d)";
}
