package cn.gov.huaian.zjtx.enterprise.figures;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.problem.Problem;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Derived figures follow the definitions the tier criteria use. */
class FigureMathTest {
  static Figures year(
      int y, long revenue, long main, long rd, int rdStaff, int staff, long assets, long debts) {
    return new Figures(
        y,
        bd(revenue),
        bd(main),
        bd(rd),
        rdStaff,
        staff,
        bd(assets),
        bd(debts),
        5,
        10,
        2,
        1,
        3,
        null,
        null,
        null,
        null,
        2,
        null,
        null,
        null,
        null,
        null);
  }

  static BigDecimal bd(long v) {
    return BigDecimal.valueOf(v);
  }

  @Test
  void ratiosOfOneYear() {
    var d =
        FigureMath.derive(
            2024,
            Map.of(
                2024,
                year(2024, 50_000_000, 40_000_000, 2_000_000, 30, 200, 80_000_000, 44_000_000)));
    assertThat(d.rdRatio()).isEqualByComparingTo("0.04");
    assertThat(d.mainBusinessShare()).isEqualByComparingTo("0.8");
    assertThat(d.rdStaffShare()).isEqualByComparingTo("0.15");
    assertThat(d.debtRatio()).isEqualByComparingTo("0.55");
    assertThat(d.totalPatents()).isEqualTo(17);
    assertThat(d.revenueGrowth()).isNull();
    assertThat(d.twoYearAvgRdSpending()).isNull();
  }

  @Test
  void growthAndTwoYearAverages() {
    var all =
        Map.of(
            2022, year(2022, 40_000_000, 30_000_000, 1_000_000, 20, 150, 1, 1),
            2023, year(2023, 44_000_000, 33_000_000, 1_760_000, 20, 150, 1, 1),
            2024, year(2024, 55_000_000, 39_600_000, 2_200_000, 20, 150, 1, 1));
    var d = FigureMath.derive(2024, all);
    assertThat(d.revenueGrowth()).isEqualByComparingTo("0.25");
    assertThat(d.mainRevenueGrowth()).isEqualByComparingTo("0.2");
    assertThat(d.twoYearAvgMainRevenueGrowth()).isEqualByComparingTo("0.15");
    assertThat(d.twoYearAvgRdSpending()).isEqualByComparingTo("1980000");
    assertThat(d.twoYearAvgRdRatio()).isEqualByComparingTo("0.04");
    assertThat(d.twoYearAvgRevenue()).isEqualByComparingTo("49500000");
  }

  @Test
  void aZeroOrMissingDenominatorIsUnknownNotZero() {
    var d =
        FigureMath.derive(
            2024,
            Map.of(
                2023,
                year(2023, 0, 0, 0, 0, 0, 0, 0),
                2024,
                new Figures(
                    2024, null, null, bd(5), null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null)));
    assertThat(d.rdRatio()).isNull();
    assertThat(d.debtRatio()).isNull();
    assertThat(d.revenueGrowth()).isNull();
    assertThat(d.totalPatents()).isNull();
  }

  @Test
  void rulesNameEveryBadFigure() {
    var bad =
        new Figures(
            1999,
            bd(-1),
            bd(10),
            new BigDecimal("1.234"),
            50,
            10,
            null,
            null,
            -1,
            null,
            null,
            null,
            null,
            null,
            new BigDecimal("101"),
            null,
            null,
            6,
            null,
            null,
            null,
            null,
            null);
    assertThat(FigureRules.validate(bad, 2025))
        .extracting(Problem.Violation::field)
        .containsExactlyInAnyOrder(
            "year",
            "revenue",
            "mainRevenue",
            "rdSpending",
            "inventionPatents",
            "cncRate",
            "cloudStar",
            "rdStaff");
    var mainTooBig =
        new Figures(
            2024, bd(10), bd(11), null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);
    assertThat(FigureRules.validate(mainTooBig, 2025))
        .extracting(Problem.Violation::message)
        .containsExactly("主营业务收入不能大于营业收入");
  }

  @Test
  void taxAndCertificationFiguresAreCheckedAgainstTheirWholes() {
    var f =
        new Figures(
            2025,
            bd(1_000),
            null,
            bd(300),
            null,
            20,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new BigDecimal("-250000.5"),
            21,
            bd(1_001),
            bd(301),
            bd(299));
    assertThat(FigureRules.validate(f, 2025))
        .extracting(Problem.Violation::message)
        .as("a loss is a valid taxable income; each part above its whole is named")
        .containsExactlyInAnyOrder(
            "科技人员数不能大于从业人员数", "高新技术产品（服务）收入不能大于营业收入", "境内研发费用不能大于研发费用", "研发费用不能大于成本费用支出总额");
    var tooPrecise =
        new Figures(
            2025,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            new BigDecimal("-1.234"),
            -1,
            bd(-5),
            null,
            null);
    assertThat(FigureRules.validate(tooPrecise, 2025))
        .extracting(Problem.Violation::field)
        .containsExactlyInAnyOrder("taxableIncome", "techStaff", "highTechRevenue");
  }
}
