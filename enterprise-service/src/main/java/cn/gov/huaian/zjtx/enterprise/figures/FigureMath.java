package cn.gov.huaian.zjtx.enterprise.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Derived figures of a year, computed from the entered figures of that year and the two before it;
 * never entered. Ratios are fractions (0.0312 = 3.12%) with 4 decimals; a figure whose inputs are
 * missing or whose denominator is zero is null (unknown), never 0.
 */
public final class FigureMath {
  private static final int SCALE = 4;

  private FigureMath() {}

  /** Derived figures of one year. */
  public record Derived(
      int year,
      BigDecimal rdRatio,
      BigDecimal mainBusinessShare,
      BigDecimal rdStaffShare,
      BigDecimal debtRatio,
      BigDecimal revenueGrowth,
      BigDecimal mainRevenueGrowth,
      BigDecimal twoYearAvgRdSpending,
      BigDecimal twoYearAvgRdRatio,
      BigDecimal twoYearAvgRevenue,
      BigDecimal twoYearAvgMainRevenueGrowth,
      Integer totalPatents) {}

  /**
   * Derived figures of {@code year}, given every year's entered figures known for the enterprise.
   */
  public static Derived derive(int year, Map<Integer, Figures> byYear) {
    Figures y = byYear.get(year);
    Figures p = byYear.get(year - 1);
    Figures pp = byYear.get(year - 2);
    if (y == null) {
      throw new IllegalArgumentException("no figures for " + year);
    }
    BigDecimal rdRatio = ratio(y.rdSpending(), y.revenue());
    BigDecimal prevRdRatio = p == null ? null : ratio(p.rdSpending(), p.revenue());
    BigDecimal mainGrowth = p == null ? null : growth(y.mainRevenue(), p.mainRevenue());
    BigDecimal prevMainGrowth =
        p == null || pp == null ? null : growth(p.mainRevenue(), pp.mainRevenue());
    return new Derived(
        year,
        rdRatio,
        ratio(y.mainRevenue(), y.revenue()),
        ratio(
            y.rdStaff() == null ? null : BigDecimal.valueOf(y.rdStaff()),
            y.totalStaff() == null ? null : BigDecimal.valueOf(y.totalStaff())),
        ratio(y.totalLiabilities(), y.totalAssets()),
        p == null ? null : growth(y.revenue(), p.revenue()),
        mainGrowth,
        p == null ? null : average(y.rdSpending(), p.rdSpending(), 2),
        average(rdRatio, prevRdRatio, SCALE),
        p == null ? null : average(y.revenue(), p.revenue(), 2),
        average(mainGrowth, prevMainGrowth, SCALE),
        sum(y.inventionPatents(), y.utilityPatents(), y.designPatents()));
  }

  /** a / b, or null. */
  public static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    if (a == null || b == null || b.signum() == 0) {
      return null;
    }
    return a.divide(b, SCALE, RoundingMode.HALF_UP);
  }

  /** (now - before) / before, or null. */
  public static BigDecimal growth(BigDecimal now, BigDecimal before) {
    if (now == null || before == null || before.signum() == 0) {
      return null;
    }
    return now.subtract(before).divide(before, SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal average(BigDecimal a, BigDecimal b, int scale) {
    if (a == null || b == null) {
      return null;
    }
    return a.add(b).divide(BigDecimal.valueOf(2), scale, RoundingMode.HALF_UP);
  }

  private static Integer sum(Integer... parts) {
    int total = 0;
    boolean any = false;
    for (Integer p : parts) {
      if (p != null) {
        total += p;
        any = true;
      }
    }
    return any ? total : null;
  }
}
