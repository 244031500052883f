package cn.gov.huaian.zjtx.policy.rules.engine;

import static cn.gov.huaian.zjtx.policy.rules.Truth.FALSE_CODE;
import static cn.gov.huaian.zjtx.policy.rules.Truth.TRUE_CODE;
import static cn.gov.huaian.zjtx.policy.rules.Truth.UNKNOWN_CODE;

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
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.PackedDates;
import cn.gov.huaian.zjtx.policy.rules.facts.Symbols;
import java.util.List;

/**
 * Compiles conditions for the batch path: each node is a loop over a block of enterprises.
 *
 * <p>Every comparison but "≠" becomes an inclusive interval (x &gt; t is x ≥ nextUp(t)), so one
 * loop shape serves them all; "≠" is the mirror of "=". An unknown value is NaN, which fails every
 * interval and is then told apart from a plain failure.
 */
final class VectorCompiler {
  private final FactCatalogue catalogue;
  private final Symbols symbols;

  VectorCompiler(FactCatalogue catalogue, Symbols symbols) {
    this.catalogue = catalogue;
    this.symbols = symbols;
  }

  VectorCondition compile(Condition condition) {
    return switch (condition) {
      case All all -> all(compileAll(all.conditions()));
      case AnyOf any -> any(compileAll(any.conditions()));
      case Not not -> negation(compile(not.condition()));
      case AtLeast atLeast -> atLeast(atLeast.k(), compileAll(atLeast.conditions()));
      case NumberCompare c -> compare(slot(c.fact()), c.operator(), c.value());
      case NumberRange r -> interval(slot(r.fact()), low(r.lower()), high(r.upper()));
      case YearsSince y -> yearsSince(slot(y.fact()), y.operator(), y.years(), y.calendar());
      case DateCompare d -> compare(slot(d.fact()), d.operator(), PackedDates.pack(d.value()));
      case FlagCompare f -> compare(slot(f.fact()), f.operator(), f.value() ? 1 : 0);
      case TextCompare t -> compare(slot(t.fact()), t.operator(), symbols.idOf(t.value()));
      case TextIn in ->
          textIn(slot(in.fact()), in.values().stream().mapToDouble(symbols::idOf).toArray());
      case SetContains s -> setTest(slot(s.fact()), symbols.bitsOf(List.of(s.value())), false);
      case SetContainsAny s -> setTest(slot(s.fact()), symbols.bitsOf(s.values()), false);
      case SetContainsAll s -> setTest(slot(s.fact()), symbols.bitsOf(s.values()), true);
      case ScoreAtLeast score when score.hasPartMinimums() -> compile(score.asConjunction());
      case ScoreAtLeast score -> new VectorScore(this).compile(score);
    };
  }

  VectorCondition[] compileAll(List<Condition> conditions) {
    return conditions.stream().map(this::compile).toArray(VectorCondition[]::new);
  }

  private int slot(String fact) {
    return catalogue.slotOf(fact);
  }

  private static double low(Bound bound) {
    return bound.inclusive() ? bound.value() : Math.nextUp(bound.value());
  }

  private static double high(Bound bound) {
    return bound.inclusive() ? bound.value() : Math.nextDown(bound.value());
  }

  private static VectorCondition compare(int slot, Operator operator, double value) {
    return switch (operator) {
      case GT -> interval(slot, Math.nextUp(value), Double.POSITIVE_INFINITY);
      case GTE -> interval(slot, value, Double.POSITIVE_INFINITY);
      case LT -> interval(slot, Double.NEGATIVE_INFINITY, Math.nextDown(value));
      case LTE -> interval(slot, Double.NEGATIVE_INFINITY, value);
      case EQ -> interval(slot, value, value);
      case NE -> negation(interval(slot, value, value));
    };
  }

  private static VectorCondition interval(int slot, double low, double high) {
    return (block, out, workspace, depth) -> {
      double[] values = block.scalars(slot);
      for (int i = 0, n = block.size(); i < n; i++) {
        double v = values[i];
        out[i] = (byte) (v >= low && v <= high ? TRUE_CODE : v != v ? UNKNOWN_CODE : FALSE_CODE);
      }
    };
  }

  private static VectorCondition yearsSince(
      int slot, Operator operator, int years, boolean calendar) {
    double low =
        switch (operator) {
          case GT -> years + 1;
          case GTE, EQ, NE -> years;
          default -> Double.NEGATIVE_INFINITY;
        };
    double high =
        switch (operator) {
          case LT -> years - 1;
          case LTE, EQ, NE -> years;
          default -> Double.POSITIVE_INFINITY;
        };
    boolean mirrored = operator == Operator.NE;
    return (block, out, workspace, depth) -> {
      double[] dates = block.scalars(slot);
      int[] asOf = block.asOf();
      for (int i = 0, n = block.size(); i < n; i++) {
        double date = dates[i];
        if (date != date) {
          out[i] = UNKNOWN_CODE;
          continue;
        }
        int elapsed = PackedDates.years(calendar, (int) date, asOf[i]);
        boolean inside = elapsed >= low && elapsed <= high;
        out[i] = (byte) (inside != mirrored ? TRUE_CODE : FALSE_CODE);
      }
    };
  }

  private static VectorCondition textIn(int slot, double[] codes) {
    return (block, out, workspace, depth) -> {
      double[] values = block.scalars(slot);
      for (int i = 0, n = block.size(); i < n; i++) {
        double v = values[i];
        byte truth = v != v ? (byte) UNKNOWN_CODE : (byte) FALSE_CODE;
        for (double code : codes) {
          if (v == code) {
            truth = TRUE_CODE;
            break;
          }
        }
        out[i] = truth;
      }
    };
  }

  private static VectorCondition setTest(int slot, long[] wanted, boolean everyOne) {
    return (block, out, workspace, depth) -> {
      long[][] sets = block.sets(slot);
      for (int i = 0, n = block.size(); i < n; i++) {
        long[] bits = sets[i];
        if (bits == null) {
          out[i] = UNKNOWN_CODE;
        } else {
          boolean holds =
              everyOne ? Symbols.containsAll(bits, wanted) : Symbols.intersects(bits, wanted);
          out[i] = (byte) (holds ? TRUE_CODE : FALSE_CODE);
        }
      }
    };
  }

  private static VectorCondition negation(VectorCondition inner) {
    return (block, out, workspace, depth) -> {
      inner.eval(block, out, workspace, depth + 1);
      for (int i = 0, n = block.size(); i < n; i++) {
        out[i] = (byte) (TRUE_CODE - out[i]);
      }
    };
  }

  // Kleene "all" is the minimum; once every enterprise of the block is refused, stop early.
  private static VectorCondition all(VectorCondition[] parts) {
    return (block, out, workspace, depth) -> {
      int n = block.size();
      parts[0].eval(block, out, workspace, depth + 1);
      byte[] part = workspace.truths(2 * depth + 1);
      for (int p = 1; p < parts.length && !every(out, n, FALSE_CODE); p++) {
        parts[p].eval(block, part, workspace, depth + 1);
        for (int i = 0; i < n; i++) {
          out[i] = (byte) Math.min(out[i], part[i]);
        }
      }
    };
  }

  private static VectorCondition any(VectorCondition[] parts) {
    return (block, out, workspace, depth) -> {
      int n = block.size();
      parts[0].eval(block, out, workspace, depth + 1);
      byte[] part = workspace.truths(2 * depth + 1);
      for (int p = 1; p < parts.length && !every(out, n, TRUE_CODE); p++) {
        parts[p].eval(block, part, workspace, depth + 1);
        for (int i = 0; i < n; i++) {
          out[i] = (byte) Math.max(out[i], part[i]);
        }
      }
    };
  }

  private static VectorCondition atLeast(int k, VectorCondition[] parts) {
    int mostFailures = parts.length - k;
    return (block, out, workspace, depth) -> {
      int n = block.size();
      byte[] part = workspace.truths(2 * depth + 1);
      double[] holding = workspace.numbers(4 * depth);
      double[] failing = workspace.numbers(4 * depth + 1);
      java.util.Arrays.fill(holding, 0, n, 0);
      java.util.Arrays.fill(failing, 0, n, 0);
      for (VectorCondition p : parts) {
        p.eval(block, part, workspace, depth + 1);
        for (int i = 0; i < n; i++) {
          holding[i] += part[i] == TRUE_CODE ? 1 : 0;
          failing[i] += part[i] == FALSE_CODE ? 1 : 0;
        }
      }
      for (int i = 0; i < n; i++) {
        out[i] =
            (byte)
                (holding[i] >= k
                    ? TRUE_CODE
                    : failing[i] > mostFailures ? FALSE_CODE : UNKNOWN_CODE);
      }
    };
  }

  static boolean every(byte[] truths, int n, int code) {
    for (int i = 0; i < n; i++) {
      if (truths[i] != code) {
        return false;
      }
    }
    return true;
  }
}
