package cn.gov.huaian.zjtx.policy.rules.gap;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.All;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.AnyOf;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.AtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.FactTest;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.Not;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.ScoreAtLeast;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactEncoder;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 差距分析：the smallest changes of facts that would make a refused enterprise eligible.
 *
 * <p>Candidates are proposed by walking the rule (each failing test moved just past its threshold,
 * "all" joining its parts' fixes, "any" offering each part's, a score buying the missing points by
 * the cheapest band upgrades), then every candidate is checked by evaluating the compiled program
 * on the changed facts, so a proposed gap is never wrong, only possibly not the very smallest.
 * Unknown facts are left alone: they are listed as missing facts, and a gap that still depends on
 * them says so with a result of UNKNOWN.
 */
public final class GapFinder {
  /** Candidates kept per node: enough for alternatives, few enough to stay fast. */
  static final int KEEP = 6;

  private final FactCatalogue catalogue;
  private final Explainer explainer;

  public GapFinder(FactCatalogue catalogue) {
    this.catalogue = catalogue;
    this.explainer = new Explainer(catalogue);
  }

  /** Up to {@code limit} verified gaps, least effort first; empty when none can be found. */
  public List<Gap> find(CompiledProgram program, FactEncoder encoder, FactSet facts, int limit) {
    Condition rule = program.rules().eligibility();
    if (explainer.evaluate(rule, facts) != Truth.FALSE) {
      return List.of();
    }
    List<Gap> gaps = new ArrayList<>();
    for (Changes candidate : fixes(rule, facts)) {
      FactSet changed = candidate.applyTo(facts);
      Truth after = program.eligibility(encoder.encode(changed));
      if (after != Truth.FALSE && !candidate.values().isEmpty()) {
        gaps.add(new Gap(candidate.describeAgainst(facts, catalogue), after));
      }
    }
    return gaps.stream()
        .sorted(
            Comparator.comparing((Gap g) -> g.resultAfter() != Truth.TRUE)
                .thenComparingDouble(Gap::effort))
        .limit(limit)
        .toList();
  }

  /** Candidate fixes of a condition, cheapest first; [NONE] when it does not fail. */
  List<Changes> fixes(Condition condition, FactSet facts) {
    if (explainer.evaluate(condition, facts) != Truth.FALSE) {
      return List.of(Changes.NONE);
    }
    return switch (condition) {
      case All all -> together(all.conditions().stream().map(c -> fixes(c, facts)).toList(), facts);
      case AnyOf any ->
          cheapest(
              any.conditions().stream().flatMap(c -> fixes(c, facts).stream()).toList(), facts);
      case AtLeast atLeast -> atLeast(atLeast, facts);
      case Not not ->
          not.condition() instanceof FactTest test ? leaf(test, facts, true) : List.of();
      case ScoreAtLeast score when score.hasPartMinimums() -> fixes(score.asConjunction(), facts);
      case ScoreAtLeast score -> new ScoreFixes(this).of(score, facts);
      case FactTest test -> leaf(test, facts, false);
    };
  }

  private List<Changes> leaf(FactTest test, FactSet facts, boolean negated) {
    var fact = catalogue.require(test.fact());
    var current = facts.values().get(test.fact());
    return negated ? LeafFixes.negated(test, fact, current) : LeafFixes.of(test, fact, current);
  }

  /** Every part's fix at once: the cross product, pruned to the cheapest after each step. */
  List<Changes> together(List<List<Changes>> parts, FactSet facts) {
    List<Changes> combined = List.of(Changes.NONE);
    for (List<Changes> part : parts) {
      List<Changes> next = new ArrayList<>();
      for (Changes sofar : combined) {
        for (Changes fix : part) {
          next.addAll(sofar.with(fix));
        }
      }
      combined = cheapest(next, facts);
    }
    return combined;
  }

  private List<Changes> atLeast(AtLeast atLeast, FactSet facts) {
    List<Condition> failing =
        atLeast.conditions().stream()
            .filter(c -> explainer.evaluate(c, facts) == Truth.FALSE)
            .toList();
    int holding = atLeast.conditions().size() - failing.size();
    int needed = atLeast.k() - holding;
    List<Changes> options = new ArrayList<>();
    for (List<Condition> chosen : combinations(failing, needed)) {
      options.addAll(together(chosen.stream().map(c -> fixes(c, facts)).toList(), facts));
    }
    return cheapest(options, facts);
  }

  private static List<List<Condition>> combinations(List<Condition> from, int size) {
    List<List<Condition>> result = new ArrayList<>();
    collect(from, size, 0, new ArrayList<>(), result);
    return result;
  }

  private static void collect(
      List<Condition> from,
      int size,
      int start,
      List<Condition> current,
      List<List<Condition>> out) {
    if (current.size() == size) {
      out.add(List.copyOf(current));
      return;
    }
    for (int i = start; i < from.size() && out.size() < 64; i++) {
      current.add(from.get(i));
      collect(from, size, i + 1, current, out);
      current.removeLast();
    }
  }

  List<Changes> cheapest(List<Changes> candidates, FactSet facts) {
    Set<Changes> distinct = new LinkedHashSet<>(candidates);
    return distinct.stream()
        .sorted(Comparator.comparingDouble((Changes c) -> c.effort(facts, catalogue)))
        .limit(KEEP)
        .toList();
  }

  Truth evaluate(Condition condition, FactSet facts) {
    return explainer.evaluate(condition, facts);
  }
}
