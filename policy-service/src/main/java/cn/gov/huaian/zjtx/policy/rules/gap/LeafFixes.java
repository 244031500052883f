package cn.gov.huaian.zjtx.policy.rules.gap;

import cn.gov.huaian.zjtx.policy.rules.ast.Bound;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.FactTest;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.FlagCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.NumberCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.NumberRange;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContains;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContainsAll;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContainsAny;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.TextCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.TextIn;
import cn.gov.huaian.zjtx.policy.rules.ast.Operator;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.BooleanValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextValue;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The smallest change of one fact that makes a failing test hold: a number moves exactly to the
 * threshold (one step past it for a strict one), a set gains the missing member. Dates, districts
 * and other facts a firm cannot change get no fix, and neither does a size above a cap.
 */
final class LeafFixes {
  private LeafFixes() {}

  static List<Changes> of(FactTest test, FactDefinition fact, FactValue current) {
    if (!fact.adjustable()) {
      return List.of();
    }
    return withoutShrinking(fact, current, fixes(test, fact, current));
  }

  /** A size cap is not a target: no fix lowers revenue, staff, assets or taxable income. */
  private static List<Changes> withoutShrinking(
      FactDefinition fact, FactValue current, List<Changes> fixes) {
    if (!StandardFacts.SIZE_CEILINGS.contains(fact.name())
        || !(current instanceof NumberValue now)) {
      return fixes;
    }
    return fixes.stream()
        .filter(
            c ->
                !(c.values().get(fact.name()) instanceof NumberValue to)
                    || to.value() >= now.value())
        .toList();
  }

  private static List<Changes> fixes(FactTest test, FactDefinition fact, FactValue current) {
    return switch (test) {
      case NumberCompare c ->
          number(fact, c.operator(), c.value(), ((NumberValue) current).value());
      case NumberRange r -> range(fact, r.lower(), r.upper(), ((NumberValue) current).value());
      case FlagCompare f ->
          List.of(
              Changes.of(
                  fact.name(),
                  new BooleanValue(f.operator() == Operator.EQ ? f.value() : !f.value())));
      case TextCompare t when t.operator() == Operator.EQ ->
          List.of(Changes.of(fact.name(), new TextValue(t.value())));
      case TextIn in ->
          in.values().stream().map(v -> Changes.of(fact.name(), new TextValue(v))).toList();
      case SetContains s -> List.of(adding(fact, current, List.of(s.value())));
      case SetContainsAny s ->
          s.values().stream().map(v -> adding(fact, current, List.of(v))).toList();
      case SetContainsAll s -> List.of(adding(fact, current, s.values()));
      default ->
          List.of(); // years since a date, a date, a text that must differ: not a firm's choice
    };
  }

  /** The fix for the negation of a number or yes/no test, so "not" is searched too. */
  static List<Changes> negated(FactTest test, FactDefinition fact, FactValue current) {
    return switch (test) {
      case NumberCompare c ->
          of(
              new NumberCompare(c.fact(), c.operator().negated(), c.value(), c.citation()),
              fact,
              current);
      case FlagCompare f ->
          of(
              new FlagCompare(f.fact(), f.operator().negated(), f.value(), f.citation()),
              fact,
              current);
      default -> List.of();
    };
  }

  private static List<Changes> number(
      FactDefinition fact, Operator operator, double threshold, double current) {
    double target =
        switch (operator) {
          case GTE, LTE, EQ -> threshold;
          case GT -> plus(threshold, fact.step());
          case LT -> plus(threshold, -fact.step());
          case NE -> plus(current, fact.step());
        };
    return List.of(Changes.of(fact.name(), new NumberValue(target)));
  }

  private static List<Changes> range(
      FactDefinition fact, Bound lower, Bound upper, double current) {
    double target =
        !lower.admitsFromBelow(current)
            ? (lower.inclusive() ? lower.value() : plus(lower.value(), fact.step()))
            : (upper.inclusive() ? upper.value() : plus(upper.value(), -fact.step()));
    return List.of(Changes.of(fact.name(), new NumberValue(target)));
  }

  // Decimal addition, so 3 + 0.01 is 3.01 and not 3.0100000000000002 in a message.
  private static double plus(double value, double step) {
    return BigDecimal.valueOf(value).add(BigDecimal.valueOf(step == 0 ? 1 : step)).doubleValue();
  }

  private static Changes adding(FactDefinition fact, FactValue current, List<String> members) {
    Set<String> held = new HashSet<>(((TextSetValue) current).values());
    held.addAll(members);
    return Changes.of(fact.name(), new TextSetValue(held));
  }
}
