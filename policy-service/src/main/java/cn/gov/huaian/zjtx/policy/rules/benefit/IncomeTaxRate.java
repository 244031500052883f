package cn.gov.huaian.zjtx.policy.rules.benefit;

import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * 企业所得税适用税率, as far as the registry knows it: a deduction saves the base times this rate. 高新技术企业
 * pay 15 % (企业所得税法第二十八条); a firm whose taxable income is known to exceed 300万元 cannot be 小型微利 and
 * pays 25 %; otherwise the firm may be 小型微利 (effective 5 %, 财政部 税务总局公告2023年第12号) or pay 25 %, and
 * the estimate stays a range rather than guessing which.
 *
 * @param low the lowest rate that may apply, in percent
 * @param high the highest, in percent
 * @param reading how the rate was read, shown with the estimate
 */
public record IncomeTaxRate(BigDecimal low, BigDecimal high, String reading) {
  static final BigDecimal STANDARD = BigDecimal.valueOf(25);
  static final BigDecimal HIGH_TECH = BigDecimal.valueOf(15);
  static final BigDecimal SMALL_LOW_PROFIT = BigDecimal.valueOf(5);

  /** 小型微利企业年应纳税所得额上限（财政部 税务总局公告2023年第12号）. */
  static final BigDecimal SMALL_LOW_PROFIT_CEILING = BigDecimal.valueOf(3_000_000);

  public static IncomeTaxRate of(FactSet facts) {
    if (holdsHighTech(facts)) {
      return new IncomeTaxRate(HIGH_TECH, HIGH_TECH, "高新技术企业税率15%");
    }
    Optional<BigDecimal> taxable = number(facts, "taxable_income");
    if (taxable.isPresent() && taxable.get().compareTo(SMALL_LOW_PROFIT_CEILING) > 0) {
      return new IncomeTaxRate(STANDARD, STANDARD, "税率25%");
    }
    return new IncomeTaxRate(SMALL_LOW_PROFIT, STANDARD, "税率5%（小型微利）～25%");
  }

  private static boolean holdsHighTech(FactSet facts) {
    return facts
        .get("qualifications")
        .filter(FactValue.TextSetValue.class::isInstance)
        .map(v -> ((FactValue.TextSetValue) v).values().contains("高新技术企业"))
        .orElse(false);
  }

  static Optional<BigDecimal> number(FactSet facts, String name) {
    if (name == null) {
      return Optional.empty();
    }
    return facts
        .get(name)
        .filter(FactValue.NumberValue.class::isInstance)
        .map(v -> BigDecimal.valueOf(((FactValue.NumberValue) v).value()));
  }
}
