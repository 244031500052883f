package cn.gov.huaian.zjtx.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.assess.Assessment;
import cn.gov.huaian.zjtx.policy.rules.assess.Eligibility;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.gap.Gap;
import org.junit.jupiter.api.Test;

/** "What would I have to change?" answered with the smallest verified changes of facts. */
class GapSearchTest {
  private final RuleEngine engine = new RuleEngine(StandardFacts.catalogue());

  @Test
  void a_57_point_firm_is_told_the_cheapest_way_to_60_points() {
    // 64 points, less 2 for R&D staff of 8% (3 instead of 5), less 5 for growth of 4% (5 instead of
    // 10)
    FactSet firm =
        Firms.precisionPartsMaker().number("rd_staff_ratio", 8).number("revenue_growth", 4).build();

    Assessment assessment = engine.assess(Programs.tier(engine, "tier-innovative-sme"), firm);

    assertThat(assessment.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(assessment.trace().render()).contains("得分 57分");
    assertThat(assessment.gaps())
        .extracting(Gap::describe)
        .startsWith("资产负债率 60% → 55%")
        .contains("上年度主营业务收入增长率 4% → 5%");
    assertThat(assessment.gaps())
        .allSatisfy(gap -> assertThat(gap.resultAfter()).isEqualTo(Truth.TRUE));
  }

  @Test
  void an_rd_ratio_just_short_of_3_percent_is_the_whole_gap_to_the_provincial_tier() {
    FactSet firm =
        Firms.precisionPartsMaker()
            .number("rd_ratio", 2.8)
            .number("rd_spending_avg2", 2_500_000)
            .number("zjtx_eval_score", 65)
            .build();

    Assessment assessment = engine.assess(Programs.tier(engine, "tier-zjtx-sme"), firm);

    assertThat(assessment.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(assessment.gaps())
        .first()
        .extracting(Gap::describe)
        .isEqualTo("上年度研发费用占营业收入比重 2.8% → 3%");
    assertThat(assessment.trace().leaves())
        .anySatisfy(
            leaf -> {
              assertThat(leaf.fact()).isEqualTo("rd_ratio");
              assertThat(leaf.actual()).isEqualTo("2.8%");
              assertThat(leaf.operator()).isEqualTo("≥");
              assertThat(leaf.required()).isEqualTo("3%");
              assertThat(leaf.result()).isEqualTo(Truth.FALSE);
            });
  }

  @Test
  void the_little_giant_gap_names_the_missing_tier_and_the_missing_patent_together() {
    FactSet firm =
        Firms.precisionPartsMaker()
            .number("ip_class1", 1)
            .number("rd_ratio", 6.5)
            .number("rd_ratio_prev", 6.1)
            .build();

    Assessment assessment = engine.assess(Programs.tier(engine, "tier-little-giant"), firm);

    assertThat(assessment.gaps())
        .first()
        .extracting(Gap::describe)
        .isEqualTo("与主导产品相关的Ⅰ类知识产权 1件 → 2件；已获梯度认定：新增“专精特新中小企业”");
  }

  @Test
  void a_firm_cannot_be_told_to_move_district_or_change_its_founding_date() {
    String json =
        Programs.policy(
            "district-only",
            "",
            """
        {"all": [{"eq": {"fact": "district", "value": "320803"}},
                 {"gte": {"yearsSince": "founded_on", "value": 20}}]}
        """,
            "{\"fixed\": 100000}");

    Assessment assessment =
        engine.assess(Programs.compile(engine, json), Firms.precisionPartsMaker().build());

    assertThat(assessment.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(assessment.gaps()).isEmpty();
  }

  /**
   * 小型微利 caps taxable income and assets: a firm above them is not told to shrink, while a floor on
   * the same fact (a revenue to reach) is still a change to make.
   */
  @Test
  void a_firm_above_a_size_cap_is_not_told_to_shrink() {
    String capped =
        Programs.policy(
            "small-profit",
            "",
            """
        {"all": [{"lte": {"fact": "taxable_income", "value": 3000000}},
                 {"lte": {"fact": "total_assets", "value": 50000000}}]}
        """,
            "{\"fixed\": 1}");
    FactSet big =
        Firms.precisionPartsMaker()
            .number("taxable_income", 4_440_000)
            .number("total_assets", 86_791_100)
            .build();

    Assessment shrink = engine.assess(Programs.compile(engine, capped), big);

    assertThat(shrink.eligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
    assertThat(shrink.gaps()).isEmpty();

    String floor =
        Programs.policy(
            "grow",
            "",
            "{\"gte\": {\"fact\": \"total_assets\", \"value\": 100000000}}",
            "{\"fixed\": 1}");
    assertThat(engine.assess(Programs.compile(engine, floor), big).gaps())
        .extracting(Gap::describe)
        .containsExactly("资产总额 8679.11万元 → 10000万元");
  }

  @Test
  void an_undecided_result_lists_the_missing_facts_and_offers_no_gap() {
    FactSet firm = Firms.precisionPartsMaker().build().without("debt_ratio");

    Assessment assessment = engine.assess(Programs.tier(engine, "tier-innovative-sme"), firm);

    assertThat(assessment.eligibility()).isEqualTo(Eligibility.UNKNOWN);
    assertThat(assessment.missingFacts()).containsExactly("debt_ratio");
    assertThat(assessment.gaps()).isEmpty();
  }
}
