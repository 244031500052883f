package cn.gov.huaian.zjtx.policy.rules.assess;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.benefit.StackingRules;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.engine.TraceNode;
import cn.gov.huaian.zjtx.policy.rules.facts.EncodedFacts;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactEncoder;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.gap.GapFinder;
import java.util.List;

/** Builds the full, explained result for one enterprise: the detail view, not the batch path. */
public final class Assessor {
  private static final int GAPS_SHOWN = 3;

  private final FactCatalogue catalogue;
  private final FactEncoder encoder;
  private final Explainer explainer;
  private final GapFinder gaps;

  public Assessor(FactCatalogue catalogue, FactEncoder encoder) {
    this.catalogue = catalogue;
    this.encoder = encoder;
    this.explainer = new Explainer(catalogue);
    this.gaps = new GapFinder(catalogue);
  }

  public Assessment assess(CompiledProgram program, FactSet facts) {
    ProgramRules rules = program.rules();
    EncodedFacts encoded = encoder.encode(facts);
    int truth = program.eligibilityCode(encoded);
    TraceNode trace = explainer.explain(rules.eligibility(), facts);
    return new Assessment(
        rules.id(),
        rules.title(),
        rules.version(),
        Eligibility.of(Truth.ofCode(truth)),
        program.estimate(truth, encoded),
        trace,
        List.copyOf(trace.missingFacts()),
        truth == Truth.FALSE_CODE ? gaps.find(program, encoder, facts, GAPS_SHOWN) : List.of());
  }

  public Opportunities opportunities(
      List<CompiledProgram> programs, FactSet facts, StackingRules stacking) {
    return new OpportunityRanker(catalogue, encoder, stacking).rank(programs, facts);
  }
}
