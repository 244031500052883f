package cn.gov.huaian.zjtx.policy.rules.ast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 资格条件：the abstract syntax of the rule language. Every node evaluates to TRUE, FALSE or UNKNOWN and
 * may carry a {@link Citation} naming the clause it comes from.
 *
 * <p>Each leaf tests exactly one fact ({@link FactTest}); composites combine with Kleene logic.
 * Nodes are built by {@code rules.json.RuleJsonReader}, which has already checked facts, types and
 * operators against the catalogue, so the evaluators need not re-check.
 */
public sealed interface Condition {
  Citation citation();

  /** A leaf: a test of one fact. */
  sealed interface FactTest extends Condition {
    String fact();
  }

  /** 全部满足. */
  record All(List<Condition> conditions, Citation citation) implements Condition {
    public All {
      conditions = nonEmpty(conditions, "all");
    }
  }

  /** 满足其一. */
  record AnyOf(List<Condition> conditions, Citation citation) implements Condition {
    public AnyOf {
      conditions = nonEmpty(conditions, "any");
    }
  }

  /** 不满足. */
  record Not(Condition condition, Citation citation) implements Condition {
    public Not {
      Objects.requireNonNull(condition, "condition");
    }
  }

  /** 至少满足 k 项. */
  record AtLeast(int k, List<Condition> conditions, Citation citation) implements Condition {
    public AtLeast {
      conditions = nonEmpty(conditions, "atLeast");
      if (k < 1 || k > conditions.size()) {
        throw new IllegalArgumentException("k 必须在 1 到 " + conditions.size() + " 之间：" + k);
      }
    }
  }

  /** A number fact compared with a constant, e.g. rd_ratio ≥ 3. */
  record NumberCompare(String fact, Operator operator, double value, Citation citation)
      implements FactTest {}

  /** A number fact within a range; an open end is an infinite bound. */
  record NumberRange(String fact, Bound lower, Bound upper, Citation citation)
      implements FactTest {}

  /**
   * Years from a date fact to the as-of date, compared with a constant: whole years as an age is
   * counted (JSON {@code yearsSince}), or, when {@code calendar}, the difference of the calendar
   * years (JSON {@code calendarYearsSince}: 0 is "the same year", as in "首次认定当年").
   */
  record YearsSince(String fact, Operator operator, int years, boolean calendar, Citation citation)
      implements FactTest {}

  /** A date fact compared with a date. */
  record DateCompare(String fact, Operator operator, LocalDate value, Citation citation)
      implements FactTest {}

  /** A yes/no fact equal (or not) to a constant. */
  record FlagCompare(String fact, Operator operator, boolean value, Citation citation)
      implements FactTest {
    public FlagCompare {
      requireEquality(operator);
    }
  }

  /** A text fact equal (or not) to a constant. */
  record TextCompare(String fact, Operator operator, String value, Citation citation)
      implements FactTest {
    public TextCompare {
      requireEquality(operator);
    }
  }

  /** A text fact is one of the values (JSON {@code in}). */
  record TextIn(String fact, List<String> values, Citation citation) implements FactTest {
    public TextIn {
      values = nonEmpty(values, "in");
    }
  }

  /** A set fact holds the value (JSON {@code contains}). */
  record SetContains(String fact, String value, Citation citation) implements FactTest {}

  /** A set fact holds at least one of the values (JSON {@code containsAny}). */
  record SetContainsAny(String fact, List<String> values, Citation citation) implements FactTest {
    public SetContainsAny {
      values = nonEmpty(values, "containsAny");
    }
  }

  /** A set fact holds every one of the values (JSON {@code containsAll}). */
  record SetContainsAll(String fact, List<String> values, Citation citation) implements FactTest {
    public SetContainsAll {
      values = nonEmpty(values, "containsAll");
    }
  }

  /**
   * 评分达标：the banded scores of all items, summed, reach the minimum (the 创新型 100-point score), and
   * each part with a minimum of its own reaches it too (创新能力、成长性、专业化指标各有最低分). A table without parts
   * has {@code parts} empty; a table with parts has exactly their items, in order, as {@code
   * items}.
   */
  record ScoreAtLeast(
      List<ScoreItem> items, double minimum, Citation citation, List<ScorePart> parts)
      implements Condition {
    public ScoreAtLeast {
      items = nonEmpty(items, "score");
      parts = parts == null ? List.of() : List.copyOf(parts);
      if (!parts.isEmpty()
          && !items.equals(parts.stream().flatMap(p -> p.items().stream()).toList())) {
        throw new IllegalArgumentException("评分表的评分项应正好是各部分评分项之和");
      }
    }

    /** A table without parts. */
    public ScoreAtLeast(List<ScoreItem> items, double minimum, Citation citation) {
      this(items, minimum, citation, List.of());
    }

    /** A table made of parts: its items are theirs. */
    public static ScoreAtLeast ofParts(List<ScorePart> parts, double minimum, Citation citation) {
      List<ScoreItem> items = parts.stream().flatMap(p -> p.items().stream()).toList();
      return new ScoreAtLeast(items, minimum, citation, parts);
    }

    /** Whether some part sets a minimum of its own. */
    public boolean hasPartMinimums() {
      return parts.stream().anyMatch(ScorePart::hasMinimum);
    }

    /**
     * The same test as plain tables: the total, and each part with a minimum as a table of its own
     * items, all to hold. The compilers and the gap finder evaluate a table with part minimums this
     * way; the explainer shows it as one table with its parts.
     */
    public Condition asConjunction() {
      List<Condition> tests = new ArrayList<>();
      tests.add(new ScoreAtLeast(items, minimum, citation));
      for (ScorePart part : parts) {
        if (part.hasMinimum()) {
          tests.add(new ScoreAtLeast(part.items(), part.minimum(), part.citation()));
        }
      }
      return new All(tests, citation);
    }
  }

  private static <T> List<T> nonEmpty(List<T> list, String what) {
    if (list == null || list.isEmpty()) {
      throw new IllegalArgumentException(what + " 不能为空");
    }
    return List.copyOf(list);
  }

  private static void requireEquality(Operator operator) {
    if (!operator.isEquality()) {
      throw new IllegalArgumentException("只能用 eq 或 ne：" + operator);
    }
  }
}
