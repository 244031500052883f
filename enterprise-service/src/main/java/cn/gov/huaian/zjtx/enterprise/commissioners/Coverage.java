package cn.gov.huaian.zjtx.enterprise.commissioners;

import cn.gov.huaian.zjtx.enterprise.dashboard.Cohorts;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Commissioner coverage: how many commissioners, how many firms each, how many firms were visited.
 */
@ApplicationScoped
public class Coverage {
  static final int RECENT_DAYS = 90;
  private final Cohorts cohorts;

  public Coverage(Cohorts cohorts) {
    this.cohorts = cohorts;
  }

  /** Coverage of a district, or of the city when {@code district} is null. */
  public record Figures(
      String district,
      long commissioners,
      long enterprises,
      long enterprisesAssigned,
      long srdiEnterprises,
      long srdiEnterprisesAssigned,
      BigDecimal srdiCoverage,
      BigDecimal enterprisesPerCommissioner,
      long assignedVisitedLast90Days,
      BigDecimal visitedShare,
      long visitsLast90Days) {}

  public Figures figures(String district) {
    java.util.function.ToLongFunction<String> count = sql -> cohorts.count(sql, district, null);
    String inDistrict = Cohorts.inDistrict("e", district);
    String srdi = cohorts.srdiCondition("e");
    long commissioners =
        count.applyAsLong(
            "select count(distinct a.commissioner_subject) from commissioner_assignment a join enterprise e on e.id = a.enterprise_id where "
                + inDistrict);
    long enterprises = count.applyAsLong("select count(*) from enterprise e where " + inDistrict);
    long assigned =
        count.applyAsLong(
            "select count(distinct a.enterprise_id) from commissioner_assignment a join enterprise e on e.id = a.enterprise_id where "
                + inDistrict);
    long srdiTotal =
        count.applyAsLong("select count(*) from enterprise e where " + inDistrict + " and " + srdi);
    long srdiAssigned =
        count.applyAsLong(
            "select count(*) from enterprise e where "
                + inDistrict
                + " and "
                + srdi
                + " and exists (select 1 from commissioner_assignment a where a.enterprise_id = e.id)");
    long visited =
        count.applyAsLong(
            "select count(*) from enterprise e where "
                + inDistrict
                + " and exists (select 1 from commissioner_assignment a where a.enterprise_id = e.id)"
                + " and exists (select 1 from commissioner_visit v where v.enterprise_id = e.id and v.visited_on >= current_date - "
                + RECENT_DAYS
                + ")");
    long visits =
        count.applyAsLong(
            "select count(*) from commissioner_visit v join enterprise e on e.id = v.enterprise_id where "
                + inDistrict
                + " and v.visited_on >= current_date - "
                + RECENT_DAYS);
    return new Figures(
        district,
        commissioners,
        enterprises,
        assigned,
        srdiTotal,
        srdiAssigned,
        ratio(srdiAssigned, srdiTotal),
        ratio(assigned, commissioners),
        visited,
        ratio(visited, assigned),
        visits);
  }

  static BigDecimal ratio(long a, long b) {
    return b == 0
        ? null
        : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 4, RoundingMode.HALF_UP);
  }
}
