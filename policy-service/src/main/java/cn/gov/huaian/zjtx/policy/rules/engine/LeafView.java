package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.ast.Bound;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.DateCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.FactTest;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.FlagCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.NumberCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.NumberRange;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContains;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContainsAll;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContainsAny;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.TextCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.TextIn;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.YearsSince;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;

/** How a leaf test reads to people: subject, operator and required value, in Chinese. */
record LeafView(String subject, String operator, String required) {

  static LeafView of(FactTest test, FactDefinition fact) {
    String subject = fact.label();
    return switch (test) {
      case NumberCompare c ->
          new LeafView(subject, c.operator().symbol(), FactDisplay.number(fact, c.value()));
      case NumberRange r -> new LeafView(subject, "介于", range(fact, r.lower(), r.upper()));
      case YearsSince y when y.calendar() ->
          new LeafView(fact.label() + "所在年度距今", y.operator().symbol(), y.years() + "个年度");
      case YearsSince y ->
          new LeafView(fact.label() + "至今年限", y.operator().symbol(), y.years() + "年");
      case DateCompare d -> new LeafView(subject, d.operator().symbol(), d.value().toString());
      case FlagCompare f -> new LeafView(subject, f.operator().symbol(), f.value() ? "是" : "否");
      case TextCompare t -> new LeafView(subject, t.operator().symbol(), t.value());
      case TextIn in -> new LeafView(subject, "属于", FactDisplay.texts(in.values()));
      case SetContains s -> new LeafView(subject, "包含", s.value());
      case SetContainsAny s -> new LeafView(subject, "包含其一", FactDisplay.texts(s.values()));
      case SetContainsAll s -> new LeafView(subject, "全部包含", FactDisplay.texts(s.values()));
    };
  }

  private static String range(FactDefinition fact, Bound lower, Bound upper) {
    String low =
        lower.isOpen()
            ? ""
            : (lower.inclusive() ? "≥ " : "> ") + FactDisplay.number(fact, lower.value());
    String high =
        upper.isOpen()
            ? ""
            : (upper.inclusive() ? "≤ " : "< ") + FactDisplay.number(fact, upper.value());
    return low.isEmpty() || high.isEmpty() ? low + high : low + " 且 " + high;
  }
}
