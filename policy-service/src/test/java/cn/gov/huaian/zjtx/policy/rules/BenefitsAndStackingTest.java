package cn.gov.huaian.zjtx.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.assess.Assessment;
import cn.gov.huaian.zjtx.policy.rules.assess.Eligibility;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.benefit.ProgramEstimate;
import cn.gov.huaian.zjtx.policy.rules.benefit.StackedEstimate;
import cn.gov.huaian.zjtx.policy.rules.benefit.StackingRules;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How much: benefit kinds, ranges for unknown facts, exclusive groups and the yearly cap. */
class BenefitsAndStackingTest {
  private static final String RD_AT_LEAST_3 = "{\"gte\": {\"fact\": \"rd_ratio\", \"value\": 3}}";

  private final RuleEngine engine = new RuleEngine(StandardFacts.catalogue());

  @Test
  void a_percentage_of_rd_spending_is_paid_up_to_its_cap() {
    CompiledProgram subsidy =
        policy("{\"percentOf\": {\"fact\": \"rd_spending\", \"percent\": 10, \"cap\": 200000}}");

    assertThat(estimate(subsidy, Firms.precisionPartsMaker().build())).isEqualTo(wan(20, 20));
    assertThat(
            estimate(subsidy, Firms.precisionPartsMaker().number("rd_spending", 1_500_000).build()))
        .isEqualTo(wan(15, 15));
  }

  @Test
  void an_unknown_base_figure_makes_the_amount_a_range_up_to_the_cap() {
    CompiledProgram subsidy =
        policy("{\"percentOf\": {\"fact\": \"rd_spending\", \"percent\": 10, \"cap\": 200000}}");

    assertThat(estimate(subsidy, Firms.precisionPartsMaker().build().without("rd_spending")))
        .isEqualTo(wan(0, 20));
  }

  @Test
  void an_undecided_firm_may_get_nothing_or_the_full_award() {
    CompiledProgram award = policy("{\"fixed\": 300000}");

    Assessment assessment =
        engine.assess(award, Firms.precisionPartsMaker().build().without("rd_ratio"));

    assertThat(assessment.eligibility()).isEqualTo(Eligibility.UNKNOWN);
    assertThat(assessment.estimate().toWanYuan()).isEqualTo("0～30万元");
  }

  @Test
  void the_award_follows_the_highest_tier_held() {
    CompiledProgram award =
        policy(
            """
        {"byTier": {"tiers": [{"tier": "专精特新小巨人", "amount": 500000},
                              {"tier": "专精特新中小企业", "amount": 200000}],
                    "otherwise": 50000}}
        """);
    FactSet giant =
        Firms.precisionPartsMaker()
            .textSet("tiers_held", StandardFacts.TIER_PROVINCIAL, StandardFacts.TIER_LITTLE_GIANT)
            .build();

    assertThat(estimate(award, giant)).isEqualTo(wan(50, 50));
    assertThat(estimate(award, Firms.precisionPartsMaker().build())).isEqualTo(wan(5, 5));
    assertThat(estimate(award, Firms.precisionPartsMaker().build().without("tiers_held")))
        .isEqualTo(wan(5, 50));
  }

  @Test
  void a_banded_award_pays_the_first_band_reached() {
    CompiledProgram award =
        policy(
            """
        {"banded": {"bands": [{"when": {"gte": {"fact": "revenue", "value": 100000000}}, "amount": 300000},
                              {"when": {"gte": {"fact": "revenue", "value": 50000000}}, "amount": 100000}]}}
        """);

    assertThat(estimate(award, Firms.precisionPartsMaker().build())).isEqualTo(wan(10, 10));
  }

  @Test
  void only_the_highest_of_an_exclusive_group_is_paid_and_the_yearly_cap_holds() {
    StackingRules rules = StackingRules.cappedAt(new BigDecimal("800000"));

    StackedEstimate stacked =
        rules.stack(
            List.of(
                new ProgramEstimate("city.rd-award", "rd-award", wan(30, 30)),
                new ProgramEstimate("district.rd-award", "rd-award", wan(20, 20)),
                new ProgramEstimate("city.digital", "", wan(40, 40)),
                new ProgramEstimate("city.talent", "", wan(0, 25))));

    assertThat(stacked.counted())
        .extracting(ProgramEstimate::programId)
        .containsExactly("city.rd-award", "city.digital", "city.talent");
    assertThat(stacked.outranked())
        .extracting(ProgramEstimate::programId)
        .containsExactly("district.rd-award");
    assertThat(stacked.total()).isEqualTo(wan(70, 80));
    assertThat(stacked.capped()).isTrue();
  }

  @Test
  void an_exclusive_group_of_ranges_is_worth_its_best_floor_to_its_best_ceiling() {
    StackedEstimate stacked =
        StackingRules.uncapped()
            .stack(
                List.of(
                    new ProgramEstimate("a", "g", wan(10, 10)),
                    new ProgramEstimate("b", "g", wan(0, 30))));

    assertThat(stacked.total()).isEqualTo(wan(10, 30));
  }

  private CompiledProgram policy(String benefit) {
    return Programs.compile(engine, Programs.policy("test.subsidy", "", RD_AT_LEAST_3, benefit));
  }

  private AmountRange estimate(CompiledProgram program, FactSet firm) {
    return program.estimate(engine.encode(firm));
  }

  private static AmountRange wan(long low, long high) {
    return new AmountRange(BigDecimal.valueOf(low * 10_000), BigDecimal.valueOf(high * 10_000));
  }
}
