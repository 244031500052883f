package cn.gov.huaian.zjtx.policy.rules.engine;

import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.AND;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.AND_LEAF;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.AT_LEAST;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.LEAF;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.NOT;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.OR;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.OR_LEAF;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.SCORE;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.SKIP_IF_ALL;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.SKIP_IF_NONE;

import cn.gov.huaian.zjtx.policy.rules.ast.Bound;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.All;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.AnyOf;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.AtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.DateCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.FlagCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.Not;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.NumberCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.NumberRange;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.ScoreAtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContains;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContainsAll;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContainsAny;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.TextCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.TextIn;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.YearsSince;
import cn.gov.huaian.zjtx.policy.rules.ast.Operator;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreBand;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreItem;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.PackedDates;
import cn.gov.huaian.zjtx.policy.rules.facts.Symbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles conditions of many programs into {@link Circuit}s over one shared {@link Atoms} table.
 * Not thread-safe: one compiler builds one {@link ProgramCircuits}.
 */
final class CircuitCompiler {
  private final FactCatalogue catalogue;
  private final Symbols symbols;
  private final Atoms atoms;
  private final List<ScoreTable> scores = new ArrayList<>();
  private int[] code = new int[16];
  private int length;
  private int depth;
  private int maxDepth;

  CircuitCompiler(FactCatalogue catalogue, Symbols symbols) {
    this.catalogue = catalogue;
    this.symbols = symbols;
    this.atoms = new Atoms(catalogue);
  }

  Atoms atoms() {
    return atoms;
  }

  List<ScoreTable> scores() {
    return scores;
  }

  Circuit compile(Condition condition) {
    length = 0;
    depth = 0;
    maxDepth = 0;
    emit(condition);
    return new Circuit(Arrays.copyOf(code, length), maxDepth);
  }

  private void emit(Condition condition) {
    switch (condition) {
      case All all -> sequence(all.conditions(), AND, AND_LEAF, SKIP_IF_NONE);
      case AnyOf any -> sequence(any.conditions(), OR, OR_LEAF, SKIP_IF_ALL);
      case Not not -> {
        emit(not.condition());
        op(NOT);
      }
      case AtLeast atLeast -> atLeast(atLeast);
      case ScoreAtLeast score when score.hasPartMinimums() -> emit(score.asConjunction());
      case ScoreAtLeast score -> score(score);
      default -> leafTest(condition);
    }
  }

  // "At least all" is "all" and "at least one" is "any", in Kleene logic too; both short-circuit.
  private void atLeast(AtLeast atLeast) {
    int n = atLeast.conditions().size();
    if (atLeast.k() == n) {
      sequence(atLeast.conditions(), AND, AND_LEAF, SKIP_IF_NONE);
    } else if (atLeast.k() == 1) {
      sequence(atLeast.conditions(), OR, OR_LEAF, SKIP_IF_ALL);
    } else {
      atLeast.conditions().forEach(this::emit);
      op(AT_LEAST, atLeast.k(), n);
      pop(n - 1);
    }
  }

  private void score(ScoreAtLeast score) {
    for (ScoreItem item : score.items()) {
      item.bands().stream().map(ScoreBand::when).forEach(this::emit);
    }
    ScoreTable table = ScoreTable.of(score);
    scores.add(table);
    op(SCORE, scores.size() - 1);
    pop(table.bandCount() - 1);
  }

  /**
   * The children one after another, each combined into the first; a leaf child is combined without
   * a push. After each, a block for which the answer is settled skips the rest.
   */
  private void sequence(List<Condition> children, int combine, int combineLeaf, int skip) {
    emit(children.get(0));
    List<Integer> jumps = new ArrayList<>();
    for (Condition child : children.subList(1, children.size())) {
      jumps.add(length + 1);
      op(skip, -1);
      int atom = plainAtom(child);
      if (atom >= 0) {
        op(combineLeaf, atom);
      } else {
        emit(child);
        op(combine);
        pop(1);
      }
    }
    jumps.forEach(at -> code[at] = length);
  }

  private void leafTest(Condition condition) {
    int atom = plainAtom(condition);
    if (atom >= 0) {
      leaf(atom);
      return;
    }
    switch (condition) {
      case NumberCompare c when c.operator() == Operator.NE -> notEqual(slot(c.fact()), c.value());
      case DateCompare d when d.operator() == Operator.NE ->
          notEqual(slot(d.fact()), PackedDates.pack(d.value()));
      case FlagCompare f -> notEqual(slot(f.fact()), f.value() ? 1 : 0);
      case TextCompare t -> notEqual(slot(t.fact()), symbols.idOf(t.value()));
      case YearsSince y -> {
        leaf(atoms.years(slot(y.fact()), y.years(), y.years(), y.calendar()));
        op(NOT);
      }
      case TextIn in -> atomsCombined(textAtoms(slot(in.fact()), in.values()), OR_LEAF);
      case SetContainsAny s -> atomsCombined(setAtoms(slot(s.fact()), s.values()), OR_LEAF);
      case SetContainsAll s -> atomsCombined(setAtoms(slot(s.fact()), s.values()), AND_LEAF);
      default -> throw new IllegalStateException("not a leaf test: " + condition);
    }
  }

  /**
   * The single atom a leaf test is, or -1 when it is a negation ("≠") or a combination of atoms
   * ("in" of several values).
   */
  private int plainAtom(Condition condition) {
    return switch (condition) {
      case NumberCompare c when c.operator() != Operator.NE ->
          compare(slot(c.fact()), c.operator(), c.value());
      case NumberRange r -> atoms.scalar(slot(r.fact()), low(r.lower()), high(r.upper()));
      case DateCompare d when d.operator() != Operator.NE ->
          compare(slot(d.fact()), d.operator(), PackedDates.pack(d.value()));
      case FlagCompare f when f.operator() == Operator.EQ ->
          equal(slot(f.fact()), f.value() ? 1 : 0);
      case TextCompare t when t.operator() == Operator.EQ ->
          equal(slot(t.fact()), symbols.idOf(t.value()));
      case YearsSince y when y.operator() != Operator.NE -> yearsSince(slot(y.fact()), y);
      case TextIn in when in.values().size() == 1 ->
          equal(slot(in.fact()), symbols.idOf(in.values().get(0)));
      case SetContains s -> atoms.setHas(slot(s.fact()), symbols.idOf(s.value()));
      case SetContainsAny s when s.values().size() == 1 ->
          atoms.setHas(slot(s.fact()), symbols.idOf(s.values().get(0)));
      case SetContainsAll s when s.values().size() == 1 ->
          atoms.setHas(slot(s.fact()), symbols.idOf(s.values().get(0)));
      default -> -1;
    };
  }

  private int compare(int slot, Operator operator, double value) {
    return switch (operator) {
      case GT -> atoms.scalar(slot, Math.nextUp(value), Double.POSITIVE_INFINITY);
      case GTE -> atoms.scalar(slot, value, Double.POSITIVE_INFINITY);
      case LT -> atoms.scalar(slot, Double.NEGATIVE_INFINITY, Math.nextDown(value));
      case LTE -> atoms.scalar(slot, Double.NEGATIVE_INFINITY, value);
      case EQ -> equal(slot, value);
      case NE -> throw new IllegalArgumentException("≠ is a negation, not an atom");
    };
  }

  private int equal(int slot, double value) {
    return atoms.scalar(slot, value, value);
  }

  private void notEqual(int slot, double value) {
    leaf(equal(slot, value));
    op(NOT);
  }

  private int yearsSince(int slot, YearsSince y) {
    int years = y.years();
    boolean calendar = y.calendar();
    return switch (y.operator()) {
      case GT -> atoms.years(slot, years + 1, Double.POSITIVE_INFINITY, calendar);
      case GTE -> atoms.years(slot, years, Double.POSITIVE_INFINITY, calendar);
      case LT -> atoms.years(slot, Double.NEGATIVE_INFINITY, years - 1, calendar);
      case LTE -> atoms.years(slot, Double.NEGATIVE_INFINITY, years, calendar);
      case EQ -> atoms.years(slot, years, years, calendar);
      case NE -> throw new IllegalArgumentException("≠ is a negation, not an atom");
    };
  }

  private int[] textAtoms(int slot, List<String> values) {
    return values.stream().mapToInt(v -> equal(slot, symbols.idOf(v))).distinct().toArray();
  }

  private int[] setAtoms(int slot, List<String> values) {
    return values.stream().mapToInt(v -> atoms.setHas(slot, symbols.idOf(v))).distinct().toArray();
  }

  // All atoms on one slot share its unknown mask, so or/and of them is the plain bitwise one.
  private void atomsCombined(int[] parts, int combineLeaf) {
    leaf(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      op(combineLeaf, parts[i]);
    }
  }

  private int slot(String fact) {
    int slot = catalogue.slotOf(fact);
    if (slot < 0) {
      throw new IllegalArgumentException("未知的事实：" + fact);
    }
    return slot;
  }

  private static double low(Bound bound) {
    return bound.inclusive() ? bound.value() : Math.nextUp(bound.value());
  }

  private static double high(Bound bound) {
    return bound.inclusive() ? bound.value() : Math.nextDown(bound.value());
  }

  private void leaf(int atom) {
    op(LEAF, atom);
    depth++;
    maxDepth = Math.max(maxDepth, depth);
  }

  private void pop(int count) {
    depth -= count;
  }

  private void op(int... words) {
    if (length + words.length > code.length) {
      code = Arrays.copyOf(code, Math.max(code.length * 2, length + words.length));
    }
    for (int word : words) {
      code[length++] = word;
    }
  }
}
