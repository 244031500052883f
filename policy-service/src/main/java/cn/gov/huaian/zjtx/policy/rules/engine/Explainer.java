package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.Bound;
import cn.gov.huaian.zjtx.policy.rules.ast.Citation;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.All;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.AnyOf;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.AtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.DateCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.FactTest;
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
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.BooleanValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.DateValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextValue;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * 逐条解释：evaluates a condition over a fact set by walking the AST, and records every criterion.
 * Slower than the compiled engine and meant for one enterprise at a time (the detail view, the gap
 * search); it never short-circuits, so the trace shows every criterion.
 */
public final class Explainer {
  private final FactCatalogue catalogue;

  public Explainer(FactCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public TraceNode explain(Condition condition, FactSet facts) {
    return switch (condition) {
      case All all -> composite(all, "全部满足", all.conditions(), facts, Kleene::all);
      case AnyOf any -> composite(any, "满足其一", any.conditions(), facts, Kleene::any);
      case Not not -> negation(not, facts);
      case AtLeast atLeast -> atLeast(atLeast, facts);
      case ScoreAtLeast score -> new ScoreExplainer(this).explain(score, facts);
      case FactTest test -> leaf(test, facts);
    };
  }

  /** The outcome alone, without a trace: what the gap search asks of every sub-condition. */
  public Truth evaluate(Condition condition, FactSet facts) {
    return switch (condition) {
      case All all -> Kleene.all(evaluateAll(all.conditions(), facts));
      case AnyOf any -> Kleene.any(evaluateAll(any.conditions(), facts));
      case Not not -> evaluate(not.condition(), facts).not();
      case AtLeast atLeast -> Kleene.atLeast(atLeast.k(), evaluateAll(atLeast.conditions(), facts));
      case ScoreAtLeast score -> new ScoreExplainer(this).explain(score, facts).result();
      case FactTest test ->
          facts.get(test.fact()).map(v -> Truth.of(holds(test, v, facts))).orElse(Truth.UNKNOWN);
    };
  }

  private List<Truth> evaluateAll(List<Condition> conditions, FactSet facts) {
    return conditions.stream().map(part -> evaluate(part, facts)).toList();
  }

  private TraceNode composite(
      Condition node,
      String operator,
      List<Condition> parts,
      FactSet facts,
      java.util.function.Function<List<Truth>, Truth> combine) {
    List<TraceNode> children = parts.stream().map(part -> explain(part, facts)).toList();
    Truth result = combine.apply(children.stream().map(TraceNode::result).toList());
    return composite(node.citation(), operator, "", result, children);
  }

  private TraceNode negation(Not not, FactSet facts) {
    TraceNode inner = explain(not.condition(), facts);
    return composite(not.citation(), "不满足", "", inner.result().not(), List.of(inner));
  }

  private TraceNode atLeast(AtLeast atLeast, FactSet facts) {
    List<TraceNode> children =
        atLeast.conditions().stream().map(part -> explain(part, facts)).toList();
    Truth result = Kleene.atLeast(atLeast.k(), children.stream().map(TraceNode::result).toList());
    return composite(atLeast.citation(), "至少满足", atLeast.k() + " 项", result, children);
  }

  static TraceNode composite(
      Citation citation, String operator, String required, Truth result, List<TraceNode> children) {
    String criterion = citation.label().isEmpty() ? operator + "下列条件" : citation.label();
    return new TraceNode(
        criterion, citation.clause(), "", null, operator, required, result, children);
  }

  private TraceNode leaf(FactTest test, FactSet facts) {
    FactDefinition fact = catalogue.require(test.fact());
    Optional<FactValue> value = facts.get(test.fact());
    LeafView view = LeafView.of(test, fact);
    Truth result = value.map(v -> Truth.of(holds(test, v, facts))).orElse(Truth.UNKNOWN);
    String actual = value.map(v -> actualShown(test, fact, v, facts)).orElse(null);
    String criterion =
        test.citation().label().isEmpty()
            ? view.subject() + " " + view.operator() + " " + view.required()
            : test.citation().label();
    return new TraceNode(
        criterion,
        test.citation().clause(),
        fact.name(),
        actual,
        view.operator(),
        view.required(),
        result,
        List.of());
  }

  private static String actualShown(
      FactTest test, FactDefinition fact, FactValue value, FactSet facts) {
    if (test instanceof YearsSince y && value instanceof DateValue date) {
      return y.calendar()
          ? date.value() + "（相隔 " + yearsSince(y, date, facts) + " 个年度）"
          : yearsSince(y, date, facts) + "年（" + date.value() + " 起）";
    }
    return FactDisplay.value(fact, value);
  }

  /** The plain semantics of each test over a known value; the compiled engine must agree. */
  static boolean holds(FactTest test, FactValue value, FactSet facts) {
    return switch (test) {
      case NumberCompare c -> c.operator().test(number(value), c.value());
      case NumberRange r -> within(number(value), r.lower(), r.upper());
      case YearsSince y -> y.operator().test(yearsSince(y, (DateValue) value, facts), y.years());
      case DateCompare d -> d.operator().test(((DateValue) value).value().compareTo(d.value()));
      case FlagCompare f -> f.operator().test(((BooleanValue) value).value() == f.value() ? 0 : 1);
      case TextCompare t ->
          t.operator().test(((TextValue) value).value().equals(t.value()) ? 0 : 1);
      case TextIn in -> in.values().contains(((TextValue) value).value());
      case SetContains s -> members(value).contains(s.value());
      case SetContainsAny s -> s.values().stream().anyMatch(members(value)::contains);
      case SetContainsAll s -> members(value).containsAll(s.values());
    };
  }

  private static double number(FactValue value) {
    return ((NumberValue) value).value();
  }

  private static java.util.Set<String> members(FactValue value) {
    return ((TextSetValue) value).values();
  }

  private static boolean within(double value, Bound lower, Bound upper) {
    return lower.admitsFromBelow(value) && upper.admitsFromAbove(value);
  }

  private static long yearsSince(YearsSince test, DateValue date, FactSet facts) {
    return test.calendar()
        ? facts.asOf().getYear() - date.value().getYear()
        : ChronoUnit.YEARS.between(date.value(), facts.asOf());
  }

  /** Kleene combinations over lists of truths. */
  static final class Kleene {
    private Kleene() {}

    static Truth all(List<Truth> parts) {
      return parts.stream().reduce(Truth.TRUE, Truth::and);
    }

    static Truth any(List<Truth> parts) {
      return parts.stream().reduce(Truth.FALSE, Truth::or);
    }

    static Truth atLeast(int k, List<Truth> parts) {
      long holding = count(parts, t -> t == Truth.TRUE);
      long possible = count(parts, t -> t != Truth.FALSE);
      if (holding >= k) {
        return Truth.TRUE;
      }
      return possible < k ? Truth.FALSE : Truth.UNKNOWN;
    }

    private static long count(List<Truth> parts, Predicate<Truth> which) {
      return parts.stream().filter(which).count();
    }
  }
}
