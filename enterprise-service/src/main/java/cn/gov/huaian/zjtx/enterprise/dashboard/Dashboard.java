package cn.gov.huaian.zjtx.enterprise.dashboard;

import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseRegistry;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the actual value of every plan target from the registry, for the city or one district.
 */
@ApplicationScoped
public class Dashboard {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final Cohorts c;

  public Dashboard(Cohorts cohorts) {
    this.c = cohorts;
  }

  /** The dashboard of one scope. */
  public record View(
      String district,
      String districtName,
      int figuresYear,
      LocalDate asOf,
      List<Target.Status> targets) {}

  public View view(String district, String districtName) {
    int year = LocalDate.now(EnterpriseRegistry.ZONE).getYear() - 1;
    Map<String, BigDecimal> actual = actuals(district, year);
    List<Target.Status> out = new ArrayList<>();
    for (Target t : PlanTargets.ALL) {
      out.add(t.evaluate(actual.get(t.key())));
    }
    return new View(district, districtName, year, LocalDate.now(EnterpriseRegistry.ZONE), out);
  }

  private Map<String, BigDecimal> actuals(String d, int year) {
    String in = Cohorts.inDistrict("e", d);
    String srdi = c.srdiCondition("e");
    Map<String, BigDecimal> a = new HashMap<>();
    // Every count of firms holding something, in one pass over the registry.
    String s = "(" + srdi + ")";
    Object[] h =
        c.row(
            "select "
                + String.join(
                    ", ",
                    filtered(c.held("e", QualificationKind.SINGLE_CHAMPION)),
                    filtered(c.held("e", QualificationKind.LITTLE_GIANT)),
                    filtered(srdi),
                    filtered(
                        c.held("e", QualificationKind.tiers().toArray(QualificationKind[]::new))),
                    filtered(
                        s
                            + " and "
                            + c.heldAtLeastProvincial(
                                "e",
                                QualificationKind.RD_INSTITUTION,
                                QualificationKind.TECH_CENTER)),
                    filtered(s + " and " + c.held("e", QualificationKind.IP_STANDARD)),
                    filtered(s + " and " + c.held("e", QualificationKind.LISTED)),
                    filtered(c.held("e", QualificationKind.SMART_WORKSHOP)),
                    filtered(c.held("e", QualificationKind.SMART_FACTORY)))
                + " from enterprise e where "
                + in,
            d,
            null);
    long srdiCount = count(h[2]);
    a.put("single-champion", n(count(h[0])));
    a.put("little-giant", n(count(h[1])));
    a.put("srdi-sme", n(srdiCount));
    a.put("innovative-sme", n(count(h[3])));
    a.put("srdi-rd-institution", ratio(n(count(h[4])), n(srdiCount)));
    a.put("srdi-ip-standard", ratio(n(count(h[5])), n(srdiCount)));
    a.put("srdi-listed", n(count(h[6])));
    a.put("smart-workshop", n(count(h[7])));
    a.put("smart-factory", n(count(h[8])));

    // Every figure-based target in one pass over the year's figures (one scan instead of nine).
    String both = s + " and f.revenue is not null and f.rd_spending is not null";
    Object[] f =
        c.row(
            "select sum(f.rd_spending) filter (where "
                + both
                + "), sum(f.revenue) filter (where "
                + both
                + "), avg(f.invention_patents) filter (where "
                + s
                + "), avg(f.cnc_rate) filter (where "
                + s
                + "), avg(f.mgmt_digital_rate) filter (where "
                + s
                + "), avg(f.rd_tool_rate) filter (where "
                + s
                + "), sum(f.main_revenue) filter (where "
                + s
                + "), sum(f.revenue) filter (where f.revenue >= 20000000),"
                + " count(*) filter (where f.cloud_star >= 1)"
                + " from year_figures f join enterprise e on e.id = f.enterprise_id where f.year = :year and "
                + in,
            d,
            year);
    a.put("srdi-rd-ratio", ratio(dec(f[0]), dec(f[1])));
    a.put("srdi-invention-patents", scale(dec(f[2]), 2));
    a.put("cnc-rate", percent(dec(f[3])));
    a.put("mgmt-digital-rate", percent(dec(f[4])));
    a.put("rd-tool-rate", percent(dec(f[5])));
    a.put("srdi-revenue-share", ratio(dec(f[6]), dec(f[7])));
    a.put("cloud-star", n(f[8] == null ? 0 : ((Number) f[8]).longValue()));
    int thisYear = LocalDate.now(EnterpriseRegistry.ZONE).getYear();
    a.put(
        "jiangsu-boutique",
        n(
            c.count(
                "select count(distinct q.enterprise_id) from qualification q join enterprise e on e.id = q.enterprise_id"
                    + " where q.kind = 'jiangsu-boutique' and q.revoked_on is null and extract(year from q.granted_on) = :year and "
                    + in,
                d,
                thisYear)));
    long commissioners =
        c.count(
            "select count(distinct a.commissioner_subject) from commissioner_assignment a join enterprise e on e.id = a.enterprise_id where "
                + in,
            d,
            null);
    long assigned =
        c.count(
            "select count(distinct a.enterprise_id) from commissioner_assignment a join enterprise e on e.id = a.enterprise_id where "
                + in,
            d,
            null);
    a.put("commissioners", n(commissioners));
    a.put(
        "enterprises-per-commissioner",
        commissioners == 0 ? null : ratio(n(assigned), n(commissioners)));
    return a;
  }

  private static String filtered(String condition) {
    return "count(*) filter (where " + condition + ")";
  }

  private static long count(Object v) {
    return v == null ? 0 : ((Number) v).longValue();
  }

  private static BigDecimal dec(Object v) {
    return v == null ? null : v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
  }

  private static BigDecimal n(long v) {
    return BigDecimal.valueOf(v);
  }

  private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    if (a == null || b == null || b.signum() == 0) {
      return null;
    }
    return a.divide(b, 4, RoundingMode.HALF_UP);
  }

  private static BigDecimal percent(BigDecimal p) {
    return p == null ? null : p.divide(HUNDRED, 4, RoundingMode.HALF_UP);
  }

  private static BigDecimal scale(BigDecimal v, int s) {
    return v == null ? null : v.setScale(s, RoundingMode.HALF_UP);
  }
}
