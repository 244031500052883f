package cn.gov.huaian.zjtx.policy.rules.assess;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.benefit.ProgramEstimate;
import cn.gov.huaian.zjtx.policy.rules.benefit.StackedEstimate;
import cn.gov.huaian.zjtx.policy.rules.benefit.StackingRules;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.facts.EncodedFacts;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactEncoder;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.gap.FactChange;
import cn.gov.huaian.zjtx.policy.rules.gap.Gap;
import cn.gov.huaian.zjtx.policy.rules.gap.GapFinder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks, across all programs, the fact changes by the money they unlock and the missing facts by
 * the money they could unlock. Each candidate change is the gap of some refused program; it is then
 * tried against every program, so one change that unlocks three policies is counted as such, and
 * money is always counted after stacking and the yearly cap.
 */
final class OpportunityRanker {
  private static final int GAPS_PER_PROGRAM = 2;

  private final FactCatalogue catalogue;
  private final FactEncoder encoder;
  private final GapFinder gaps;
  private final Explainer explainer;
  private final StackingRules stacking;

  OpportunityRanker(FactCatalogue catalogue, FactEncoder encoder, StackingRules stacking) {
    this.catalogue = catalogue;
    this.encoder = encoder;
    this.gaps = new GapFinder(catalogue);
    this.explainer = new Explainer(catalogue);
    this.stacking = stacking;
  }

  Opportunities rank(List<CompiledProgram> programs, FactSet facts) {
    EncodedFacts encoded = encoder.encode(facts);
    int[] before = programs.stream().mapToInt(p -> p.eligibilityCode(encoded)).toArray();
    StackedEstimate current = stack(programs, encoded);
    List<ChangeOpportunity> changes = changes(programs, facts, before, current);
    List<MissingFactOpportunity> missing = missingFacts(programs, facts, before, encoded);
    return new Opportunities(current, changes, missing);
  }

  private List<ChangeOpportunity> changes(
      List<CompiledProgram> programs, FactSet facts, int[] before, StackedEstimate current) {
    Map<String, List<FactChange>> candidates = new LinkedHashMap<>();
    for (int i = 0; i < programs.size(); i++) {
      if (before[i] == Truth.FALSE_CODE) {
        for (Gap gap : gaps.find(programs.get(i), encoder, facts, GAPS_PER_PROGRAM)) {
          candidates.putIfAbsent(gap.describe(), gap.changes());
        }
      }
    }
    return candidates.values().stream()
        .map(change -> tryChange(change, programs, facts, before, current))
        .sorted(
            Comparator.comparing((ChangeOpportunity o) -> o.unlocked().max())
                .reversed()
                .thenComparing(o -> -o.programsUnlocked().size())
                .thenComparingDouble(
                    o -> o.changes().stream().mapToDouble(FactChange::effort).sum()))
        .toList();
  }

  private ChangeOpportunity tryChange(
      List<FactChange> change,
      List<CompiledProgram> programs,
      FactSet facts,
      int[] before,
      StackedEstimate current) {
    FactSet changed = facts;
    for (FactChange step : change) {
      changed = changed.with(step.fact().name(), step.to());
    }
    EncodedFacts after = encoder.encode(changed);
    List<String> unlocked = new ArrayList<>();
    for (int i = 0; i < programs.size(); i++) {
      if (before[i] == Truth.FALSE_CODE
          && programs.get(i).eligibilityCode(after) != Truth.FALSE_CODE) {
        unlocked.add(programs.get(i).rules().id());
      }
    }
    AmountRange now = current.total();
    AmountRange then = stack(programs, after).total();
    return new ChangeOpportunity(change, unlocked, difference(now, then));
  }

  private static AmountRange difference(AmountRange before, AmountRange after) {
    BigDecimal low = after.min().subtract(before.min()).max(BigDecimal.ZERO);
    BigDecimal high = after.max().subtract(before.max()).max(BigDecimal.ZERO);
    return new AmountRange(low.min(high), low.max(high));
  }

  private List<MissingFactOpportunity> missingFacts(
      List<CompiledProgram> programs, FactSet facts, int[] before, EncodedFacts encoded) {
    Map<String, List<ProgramEstimate>> byFact = new LinkedHashMap<>();
    for (int i = 0; i < programs.size(); i++) {
      if (before[i] != Truth.UNKNOWN_CODE) {
        continue;
      }
      CompiledProgram program = programs.get(i);
      ProgramEstimate potential =
          new ProgramEstimate(
              program.rules().id(),
              program.rules().exclusiveGroup(),
              AmountRange.exactly(program.estimate(before[i], encoded).max()));
      for (String fact : explainer.explain(program.rules().eligibility(), facts).missingFacts()) {
        byFact.computeIfAbsent(fact, f -> new ArrayList<>()).add(potential);
      }
    }
    return byFact.entrySet().stream()
        .map(
            e ->
                new MissingFactOpportunity(
                    catalogue.require(e.getKey()),
                    e.getValue().stream().map(ProgramEstimate::programId).toList(),
                    stacking.stack(e.getValue()).total().max()))
        .sorted(
            Comparator.comparing(MissingFactOpportunity::couldUnlock)
                .reversed()
                .thenComparing(o -> -o.programs().size()))
        .toList();
  }

  private StackedEstimate stack(List<CompiledProgram> programs, EncodedFacts facts) {
    return stacking.stack(
        programs.stream()
            .map(
                p ->
                    new ProgramEstimate(
                        p.rules().id(), p.rules().exclusiveGroup(), p.estimate(facts)))
            .toList());
  }
}
