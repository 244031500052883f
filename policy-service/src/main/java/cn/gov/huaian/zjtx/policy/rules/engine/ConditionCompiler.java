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
 * Compiles conditions to closures over fact slots. Names are resolved to slots and texts to symbol
 * ids here, once; what is left per pair is array reads, comparisons and bit tests.
 */
final class ConditionCompiler {
  private final FactCatalogue catalogue;
  private final Symbols symbols;

  ConditionCompiler(FactCatalogue catalogue, Symbols symbols) {
    this.catalogue = catalogue;
    this.symbols = symbols;
  }

  CompiledCondition compile(Condition condition) {
    return switch (condition) {
      case All all -> all(compileAll(all.conditions()));
      case AnyOf any -> any(compileAll(any.conditions()));
      case Not not -> negation(compile(not.condition()));
      case AtLeast atLeast -> atLeast(atLeast.k(), compileAll(atLeast.conditions()));
      case NumberCompare compare ->
          number(slot(compare.fact()), compare.operator(), compare.value());
      case NumberRange range -> range(slot(range.fact()), range.lower(), range.upper());
      case YearsSince since -> yearsSince(slot(since.fact()), since);
      case DateCompare date ->
          number(slot(date.fact()), date.operator(), PackedDates.pack(date.value()));
      case FlagCompare flag -> equality(slot(flag.fact()), flag.operator(), flag.value() ? 1 : 0);
      case TextCompare text ->
          equality(slot(text.fact()), text.operator(), symbols.idOf(text.value()));
      case TextIn in -> textIn(slot(in.fact()), ids(in.values()));
      case SetContains contains ->
          setContains(slot(contains.fact()), symbols.idOf(contains.value()));
      case SetContainsAny any -> setContainsAny(slot(any.fact()), symbols.bitsOf(any.values()));
      case SetContainsAll all -> setContainsAll(slot(all.fact()), symbols.bitsOf(all.values()));
      case ScoreAtLeast score when score.hasPartMinimums() -> compile(score.asConjunction());
      case ScoreAtLeast score -> new ScoreCompiler(this).compile(score);
    };
  }

  private CompiledCondition[] compileAll(List<Condition> conditions) {
    return conditions.stream().map(this::compile).toArray(CompiledCondition[]::new);
  }

  private int slot(String fact) {
    int slot = catalogue.slotOf(fact);
    if (slot < 0) {
      throw new IllegalArgumentException("未知的事实：" + fact);
    }
    return slot;
  }

  private double[] ids(List<String> texts) {
    return texts.stream().mapToDouble(symbols::idOf).toArray();
  }

  // Kleene "all": FALSE wins at once; otherwise the weakest of the rest.
  private static CompiledCondition all(CompiledCondition[] parts) {
    return facts -> {
      int result = TRUE_CODE;
      for (CompiledCondition part : parts) {
        int truth = part.test(facts);
        if (truth == FALSE_CODE) {
          return FALSE_CODE;
        }
        result = Math.min(result, truth);
      }
      return result;
    };
  }

  private static CompiledCondition any(CompiledCondition[] parts) {
    return facts -> {
      int result = FALSE_CODE;
      for (CompiledCondition part : parts) {
        int truth = part.test(facts);
        if (truth == TRUE_CODE) {
          return TRUE_CODE;
        }
        result = Math.max(result, truth);
      }
      return result;
    };
  }

  private static CompiledCondition negation(CompiledCondition inner) {
    return facts -> TRUE_CODE - inner.test(facts);
  }

  // TRUE once k parts hold; FALSE once so many fail that k can no longer be reached.
  private static CompiledCondition atLeast(int k, CompiledCondition[] parts) {
    int mostFailures = parts.length - k;
    return facts -> {
      int holding = 0;
      int failing = 0;
      for (CompiledCondition part : parts) {
        int truth = part.test(facts);
        if (truth == TRUE_CODE && ++holding >= k) {
          return TRUE_CODE;
        }
        if (truth == FALSE_CODE && ++failing > mostFailures) {
          return FALSE_CODE;
        }
      }
      return UNKNOWN_CODE;
    };
  }

  // One closure per operator, so the operator is not dispatched per pair. Every comparison
  // with NaN (an unknown fact) is false, so "holds" is checked first and NaN only on failure.
  private static CompiledCondition number(int slot, Operator operator, double required) {
    return switch (operator) {
      case GT -> f -> unlessUnknown(f.scalar(slot) > required, f.scalar(slot));
      case GTE -> f -> unlessUnknown(f.scalar(slot) >= required, f.scalar(slot));
      case LT -> f -> unlessUnknown(f.scalar(slot) < required, f.scalar(slot));
      case LTE -> f -> unlessUnknown(f.scalar(slot) <= required, f.scalar(slot));
      case EQ -> f -> unlessUnknown(f.scalar(slot) == required, f.scalar(slot));
      case NE -> f -> notEqual(f.scalar(slot), required);
    };
  }

  private static int unlessUnknown(boolean holds, double value) {
    if (holds) {
      return TRUE_CODE;
    }
    return Double.isNaN(value) ? UNKNOWN_CODE : FALSE_CODE;
  }

  private static int notEqual(double value, double other) {
    if (Double.isNaN(value)) {
      return UNKNOWN_CODE;
    }
    return value != other ? TRUE_CODE : FALSE_CODE;
  }

  private static CompiledCondition equality(int slot, Operator operator, double code) {
    return operator == Operator.EQ
        ? f -> unlessUnknown(f.scalar(slot) == code, f.scalar(slot))
        : f -> notEqual(f.scalar(slot), code);
  }

  private static CompiledCondition range(int slot, Bound lower, Bound upper) {
    double low = lower.value();
    double high = upper.value();
    boolean lowInclusive = lower.inclusive();
    boolean highInclusive = upper.inclusive();
    return f -> {
      double v = f.scalar(slot);
      boolean aboveLow = lowInclusive ? v >= low : v > low;
      boolean belowHigh = highInclusive ? v <= high : v < high;
      return unlessUnknown(aboveLow && belowHigh, v);
    };
  }

  private static CompiledCondition yearsSince(int slot, YearsSince since) {
    Operator operator = since.operator();
    int years = since.years();
    boolean calendar = since.calendar();
    return f -> {
      double date = f.scalar(slot);
      if (Double.isNaN(date)) {
        return UNKNOWN_CODE;
      }
      int elapsed = PackedDates.years(calendar, (int) date, f.asOf());
      return operator.test(elapsed, years) ? TRUE_CODE : FALSE_CODE;
    };
  }

  private static CompiledCondition textIn(int slot, double[] codes) {
    return f -> {
      double v = f.scalar(slot);
      for (double code : codes) {
        if (v == code) {
          return TRUE_CODE;
        }
      }
      return Double.isNaN(v) ? UNKNOWN_CODE : FALSE_CODE;
    };
  }

  private static CompiledCondition setContains(int slot, int id) {
    return f -> {
      long[] bits = f.set(slot);
      return bits == null ? UNKNOWN_CODE : Symbols.contains(bits, id) ? TRUE_CODE : FALSE_CODE;
    };
  }

  private static CompiledCondition setContainsAny(int slot, long[] wanted) {
    return f -> {
      long[] bits = f.set(slot);
      return bits == null
          ? UNKNOWN_CODE
          : Symbols.intersects(bits, wanted) ? TRUE_CODE : FALSE_CODE;
    };
  }

  private static CompiledCondition setContainsAll(int slot, long[] wanted) {
    return f -> {
      long[] bits = f.set(slot);
      return bits == null
          ? UNKNOWN_CODE
          : Symbols.containsAll(bits, wanted) ? TRUE_CODE : FALSE_CODE;
    };
  }
}
