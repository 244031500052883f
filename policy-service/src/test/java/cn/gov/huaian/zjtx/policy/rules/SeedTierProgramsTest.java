package cn.gov.huaian.zjtx.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.engine.RuleCompiler;
import cn.gov.huaian.zjtx.policy.rules.engine.TraceNode;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.json.NaiveInterpreter;
import cn.gov.huaian.zjtx.policy.rules.json.RuleJsonReader;
import cn.gov.huaian.zjtx.policy.rules.json.SeedPrograms;
import cn.gov.huaian.zjtx.policy.rules.json.SeedPrograms.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four tier programs shipped as rule files, checked against firms worked out by hand. */
class SeedTierProgramsTest {
  private static final RuleJsonReader READER = new RuleJsonReader(StandardFacts.catalogue());
  private static final List<Source> TIERS = SeedPrograms.tiers(READER);
  private final RuleCompiler compiler = new RuleCompiler(StandardFacts.catalogue());
  private final Explainer explainer = new Explainer(StandardFacts.catalogue());
  private final NaiveInterpreter naive = new NaiveInterpreter(StandardFacts.catalogue());

  @Test
  void every_tier_program_is_a_valid_rule_file_citing_its_source() {
    assertThat(TIERS).hasSize(4);
    for (Source source : TIERS) {
      assertThat(source.rules().errors()).as(source.resource()).isEmpty();
      assertThat(source.rules().orElseThrow().source()).as(source.resource()).isNotBlank();
    }
  }

  @Test
  void a_firm_scoring_64_points_is_an_innovative_sme() {
    FactSet firm = Firms.precisionPartsMaker().build();

    TraceNode trace = explain("tier.innovative-sme", firm);

    assertThat(truth("tier.innovative-sme", firm)).isEqualTo(Truth.TRUE);
    assertThat(trace.render()).contains("创新型中小企业评价得分（得分 64分 / 满分 100分，最低 60分）");
    assertThat(trace.render()).contains("上年度研发费用总额或占营业收入比重（10分）：得 4分");
  }

  @Test
  void an_unknown_debt_ratio_leaves_a_59_point_firm_undecided_not_rejected() {
    FactSet firm = Firms.precisionPartsMaker().build().without("debt_ratio");

    TraceNode trace = explain("tier.innovative-sme", firm);

    assertThat(truth("tier.innovative-sme", firm)).isEqualTo(Truth.UNKNOWN);
    assertThat(trace.render()).contains("得分 59～69分");
    assertThat(trace.missingFacts()).containsExactly("debt_ratio");
  }

  @Test
  void a_high_tech_enterprise_qualifies_directly_whatever_its_score() {
    FactSet firm =
        Firms.precisionPartsMaker()
            .number("main_business_share", 40)
            .textSet("qualifications", "高新技术企业")
            .build();

    assertThat(truth("tier.innovative-sme", firm)).isEqualTo(Truth.TRUE);
  }

  @Test
  void provincial_tier_waits_for_the_two_year_rd_average_when_the_score_falls_short() {
    FactSet firm = Firms.precisionPartsMaker().build();

    TraceNode trace = explain("tier.zjtx-sme", firm);

    assertThat(truth("tier.zjtx-sme", firm)).isEqualTo(Truth.UNKNOWN);
    assertThat(trace.missingFacts()).containsExactly("rd_spending_avg2");
  }

  @Test
  void provincial_tier_is_refused_once_every_route_is_known_to_fail() {
    FactSet firm = Firms.precisionPartsMaker().number("rd_spending_avg2", 2_500_000).build();

    assertThat(truth("tier.zjtx-sme", firm)).isEqualTo(Truth.FALSE);
  }

  @Test
  void little_giant_requires_the_provincial_tier_first() {
    FactSet firm = Firms.precisionPartsMaker().number("rd_spending_avg2", 2_500_000).build();
    FactSet certified =
        Firms.precisionPartsMaker()
            .textSet("tiers_held", StandardFacts.TIER_INNOVATIVE, StandardFacts.TIER_PROVINCIAL)
            .number("rd_ratio", 6.5)
            .number("rd_ratio_prev", 6.1)
            .build();

    assertThat(truth("tier.little-giant", firm)).isEqualTo(Truth.FALSE);
    assertThat(truth("tier.little-giant", certified)).isEqualTo(Truth.TRUE);
  }

  @Test
  void champion_is_refused_on_years_in_niche_even_with_market_facts_unknown() {
    FactSet firm = Firms.precisionPartsMaker().build();

    assertThat(truth("tier.manufacturing-champion", firm)).isEqualTo(Truth.FALSE);
  }

  private Truth truth(String id, FactSet firm) {
    Source source = source(id);
    CompiledProgram compiled = compiler.compile(source.rules().orElseThrow());
    Truth result = compiled.eligibility(compiler.encoder().encode(firm));
    assertThat(naive.eligibility(source.json(), firm)).as("naive agrees").isEqualTo(result);
    assertThat(explain(id, firm).result()).as("explainer agrees").isEqualTo(result);
    return result;
  }

  private TraceNode explain(String id, FactSet firm) {
    return explainer.explain(source(id).rules().orElseThrow().eligibility(), firm);
  }

  private static Source source(String id) {
    return TIERS.stream()
        .filter(s -> s.rules().map(ProgramRules::id).orElseThrow().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
