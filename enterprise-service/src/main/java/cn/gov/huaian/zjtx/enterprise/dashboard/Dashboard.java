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
    a.put("single-champion", n(countHeld(in, d, QualificationKind.SINGLE_CHAMPION)));
    a.put("little-giant", n(countHeld(in, d, QualificationKind.LITTLE_GIANT)));
    long srdiCount =
        countHeld(
            in,
            d,
            QualificationKind.SRDI_SME,
            QualificationKind.LITTLE_GIANT,
            QualificationKind.SINGLE_CHAMPION);
    a.put("srdi-sme", n(srdiCount));
    a.put(
        "innovative-sme",
        n(countHeld(in, d, QualificationKind.tiers().toArray(QualificationKind[]::new))));

    // Every figure-based target in one pass over the year's figures (one scan instead of nine).
    String s = "(" + srdi + ")";
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
    if (srdiCount > 0) {
      long withInstitution =
          c.count(
              "select count(*) from enterprise e where "
                  + in
                  + " and "
                  + srdi
                  + " and "
                  + c.heldAtLeastProvincial(
                      "e", QualificationKind.RD_INSTITUTION, QualificationKind.TECH_CENTER),
              d,
              null);
      a.put("srdi-rd-institution", ratio(n(withInstitution), n(srdiCount)));
      long ip =
          c.count(
              "select count(*) from enterprise e where "
                  + in
                  + " and "
                  + srdi
                  + " and "
                  + c.held("e", QualificationKind.IP_STANDARD),
              d,
              null);
      a.put("srdi-ip-standard", ratio(n(ip), n(srdiCount)));
      long listed =
          c.count(
              "select count(*) from enterprise e where "
                  + in
                  + " and "
                  + srdi
                  + " and "
                  + c.held("e", QualificationKind.LISTED),
              d,
              null);
      a.put("srdi-listed", n(listed));
    } else {
      a.put("srdi-listed", BigDecimal.ZERO);
    }
    a.put("smart-workshop", n(countHeld(in, d, QualificationKind.SMART_WORKSHOP)));
    a.put("smart-factory", n(countHeld(in, d, QualificationKind.SMART_FACTORY)));
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

  private long countHeld(String in, String d, QualificationKind... kinds) {
    return c.count(
        "select count(*) from enterprise e where " + in + " and " + c.held("e", kinds), d, null);
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
