package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.BooleanValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.DateValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextValue;
import java.math.BigDecimal;
import java.util.List;

/** Shows facts the way people read them: 1000万元, 2.8%, 是, 高新技术企业、江苏精品. */
public final class FactDisplay {
  private static final double WAN = 10_000;

  private FactDisplay() {}

  public static String value(FactDefinition fact, FactValue value) {
    return switch (value) {
      case NumberValue number -> number(fact, number.value());
      case BooleanValue flag -> flag.value() ? "是" : "否";
      case TextValue text -> text.value();
      case TextSetValue set ->
          set.values().isEmpty() ? "无" : String.join("、", set.values().stream().sorted().toList());
      case DateValue date -> date.value().toString();
    };
  }

  public static String number(FactDefinition fact, double value) {
    if (fact.unit().equals("元") && Math.abs(value) >= WAN) {
      // Two decimals of 万元 (100 元): 1635.64万元, not the 1635.635235万元 a two-year sum gives.
      return BigDecimal.valueOf(value / WAN)
              .setScale(2, java.math.RoundingMode.HALF_UP)
              .stripTrailingZeros()
              .toPlainString()
          + "万元";
    }
    return plain(value) + fact.unit();
  }

  public static String texts(List<String> values) {
    return String.join("、", values);
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
