package cn.gov.huaian.zjtx.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.assess.ChangeOpportunity;
import cn.gov.huaian.zjtx.policy.rules.assess.MissingFactOpportunity;
import cn.gov.huaian.zjtx.policy.rules.assess.Opportunities;
import cn.gov.huaian.zjtx.policy.rules.benefit.StackingRules;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Across all programs: which change unlocks the most money, which question to ask next. */
class OpportunityRankingTest {
  private final RuleEngine engine = new RuleEngine(StandardFacts.catalogue());

  private final List<CompiledProgram> programs =
      List.of(
          policy("rd.city", "", "{\"gte\": {\"fact\": \"rd_ratio\", \"value\": 3}}", 200_000),
          policy("rd.district", "", "{\"gte\": {\"fact\": \"rd_ratio\", \"value\": 3}}", 100_000),
          policy(
              "rd.innovation",
              "",
              "{\"all\": [{\"gte\": {\"fact\": \"rd_ratio\", \"value\": 3}}, {\"gte\": {\"fact\": \"revenue\", \"value\": 10000000}}]}",
              150_000),
          policy(
              "patent.city",
              "",
              "{\"gte\": {\"fact\": \"invention_patents\", \"value\": 4}}",
              300_000),
          policy("digital.city", "", "{\"gte\": {\"fact\": \"cnc_rate\", \"value\": 50}}", 400_000),
          policy(
              "digital.district",
              "",
              "{\"all\": [{\"gte\": {\"fact\": \"cnc_rate\", \"value\": 40}}, {\"eq\": {\"fact\": \"district\", \"value\": \"320812\"}}]}",
              100_000),
          policy(
              "growth.city",
              "",
              "{\"gte\": {\"fact\": \"revenue_growth_avg2\", \"value\": 5}}",
              50_000));

  @Test
  void raising_rd_to_3_percent_ranks_first_because_it_unlocks_three_policies() {
    FactSet firm = Firms.precisionPartsMaker().number("rd_ratio", 2.8).build();

    Opportunities opportunities = engine.opportunities(programs, firm, StackingRules.uncapped());

    ChangeOpportunity best = opportunities.changes().getFirst();
    assertThat(best.describe()).isEqualTo("上年度研发费用占营业收入比重 2.8% → 3%，可新增符合 3 个项目，约 45万元");
    assertThat(best.programsUnlocked()).containsExactly("rd.city", "rd.district", "rd.innovation");
    assertThat(opportunities.changes())
        .extracting(ChangeOpportunity::describe)
        .contains("有效发明专利 3件 → 4件，可新增符合 1 个项目，约 30万元");
  }

  @Test
  void the_yearly_cap_limits_what_a_change_is_worth() {
    FactSet firm =
        Firms.precisionPartsMaker().number("rd_ratio", 2.8).number("cnc_rate", 30).build();

    Opportunities opportunities =
        engine.opportunities(
            programs, firm, StackingRules.cappedAt(new java.math.BigDecimal("100000")));

    // Already receiving 5万 (growth.city); the cap leaves 5万 for anything new.
    assertThat(opportunities.changes().getFirst().unlocked().toWanYuan()).isEqualTo("5万元");
  }

  @Test
  void the_unknown_digitalisation_rate_is_the_next_question_worth_most() {
    FactSet firm = Firms.precisionPartsMaker().build().without("revenue_growth_avg2");

    Opportunities opportunities = engine.opportunities(programs, firm, StackingRules.uncapped());

    assertThat(opportunities.missingFacts())
        .extracting(m -> m.fact().name())
        .containsExactly("cnc_rate", "revenue_growth_avg2");
    MissingFactOpportunity first = opportunities.missingFacts().getFirst();
    assertThat(first.programs()).containsExactly("digital.city", "digital.district");
    assertThat(first.couldUnlock()).isEqualByComparingTo("500000");
  }

  private CompiledProgram policy(String id, String group, String eligibility, long amount) {
    return Programs.compile(
        engine, Programs.policy(id, group, eligibility, "{\"fixed\": " + amount + "}"));
  }
}
