package cn.gov.huaian.zjtx.policy.rules.benefit;

import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 估算节税：what a tax preference saves a firm in a year, computed from the document's own figures
 * ({@link TaxEffect}) and the firm's registry facts — never a figure of its own. An estimate is
 * always shown as one ("估算"), with the arithmetic behind it, and never summed with cash awards.
 *
 * <p>Mechanisms that only move tax in time (加速折旧, 一次性扣除, 亏损结转) or whose base the registry does not
 * hold (增值税 进项税额, 六税两费) have no estimate: the document's words are shown.
 *
 * @param amount the saving in 元
 * @param basis the arithmetic, e.g. "研发费用 300万元 × 100% × 税率25%"
 */
public record TaxSaving(AmountRange amount, String basis) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** "估算节税约 75万元" — the one-line display. */
  public String display() {
    return "估算节税约 " + amount.toWanYuan();
  }

  /** The estimate for a firm's facts, or empty when the document or the facts give none. */
  public static Optional<TaxSaving> estimate(
      TaxEffect effect, FactSet facts, FactCatalogue catalogue) {
    if (effect == null || effect.mechanism() == null) {
      return Optional.empty();
    }
    IncomeTaxRate rate = IncomeTaxRate.of(facts);
    Optional<BigDecimal> taxable = IncomeTaxRate.number(facts, "taxable_income");
    Optional<BigDecimal> base =
        IncomeTaxRate.number(facts, effect.basisFact()).filter(v -> v.signum() > 0);
    String baseText = base.map(b -> label(catalogue, effect.basisFact()) + " " + wan(b)).orElse("");
    return switch (effect.mechanism()) {
      case "加计扣除" -> base.flatMap(b -> superDeduction(effect, b, baseText, taxable, rate));
      case "优惠税率" -> preferentialRate(effect, taxable);
      case "减计所得+优惠税率" -> smallLowProfit(effect, taxable);
      case "投资额抵免应纳税额" ->
          base.filter(b -> effect.percent() != null)
              .map(
                  b ->
                      new TaxSaving(
                          AmountRange.exactly(percent(b, effect.percent())),
                          baseText + " × " + plain(effect.percent()) + "%，当年不足抵免的可向后结转"));
      case "免征/减半" -> base.flatMap(b -> exemptThenHalf(effect, b, baseText, rate));
      default -> Optional.empty();
    };
  }

  /**
   * 加计扣除 lowers the taxable income by the base times the percentage; the saving is that times the
   * rate. A firm known to have no taxable income saves nothing this year (the deduction becomes a
   * loss carried forward), and one cannot deduct more than it has.
   */
  private static Optional<TaxSaving> superDeduction(
      TaxEffect effect,
      BigDecimal base,
      String baseText,
      Optional<BigDecimal> taxable,
      IncomeTaxRate rate) {
    if (effect.percent() == null || taxable.map(t -> t.signum() <= 0).orElse(false)) {
      return Optional.empty();
    }
    BigDecimal deduction = percent(base, effect.percent());
    String capped = "";
    if (taxable.isPresent() && taxable.get().compareTo(deduction) < 0) {
      deduction = taxable.get();
      capped = "，以应纳税所得额 " + wan(taxable.get()) + " 为限";
    }
    return Optional.of(
        new TaxSaving(
            range(deduction, rate),
            baseText + " × " + plain(effect.percent()) + "% × " + rate.reading() + capped));
  }

  /** 高新技术企业：the taxable income times the difference between the two rates. */
  private static Optional<TaxSaving> preferentialRate(
      TaxEffect effect, Optional<BigDecimal> taxable) {
    if (effect.ratePercent() == null || effect.standardRatePercent() == null) {
      return Optional.empty();
    }
    BigDecimal points = effect.standardRatePercent().subtract(effect.ratePercent());
    return taxable
        .filter(t -> t.signum() > 0)
        .map(
            t ->
                new TaxSaving(
                    AmountRange.exactly(percent(t, points)),
                    "应纳税所得额 "
                        + wan(t)
                        + " × （"
                        + plain(effect.standardRatePercent())
                        + "% − "
                        + plain(effect.ratePercent())
                        + "%）"));
  }

  /** 小型微利：25 % of the income is taxed at 20 %, against 25 % of all of it. */
  private static Optional<TaxSaving> smallLowProfit(
      TaxEffect effect, Optional<BigDecimal> taxable) {
    if (effect.incomeIncludedPercent() == null || effect.ratePercent() == null) {
      return Optional.empty();
    }
    BigDecimal effective =
        effect.incomeIncludedPercent().multiply(effect.ratePercent()).divide(HUNDRED);
    BigDecimal points = IncomeTaxRate.STANDARD.subtract(effective);
    return taxable
        .filter(t -> t.signum() > 0)
        .map(
            t ->
                new TaxSaving(
                    AmountRange.exactly(percent(t, points)),
                    "应纳税所得额 " + wan(t) + " × （25% − 实际税负" + plain(effective) + "%）"));
  }

  /** 技术转让所得：exempt up to the limit, half the tax above it. */
  private static Optional<TaxSaving> exemptThenHalf(
      TaxEffect effect, BigDecimal income, String baseText, IncomeTaxRate rate) {
    if (effect.exemptUpTo() == null) {
      return Optional.empty();
    }
    BigDecimal exempt = income.min(effect.exemptUpTo());
    BigDecimal halved = income.subtract(exempt).max(BigDecimal.ZERO);
    BigDecimal relieved = exempt.add(halved.divide(BigDecimal.TWO));
    return Optional.of(
        new TaxSaving(
            range(relieved, rate),
            baseText + "：" + wan(effect.exemptUpTo()) + "以内免征、超过部分减半 × " + rate.reading()));
  }

  private static AmountRange range(BigDecimal relievedIncome, IncomeTaxRate rate) {
    return new AmountRange(
        percent(relievedIncome, rate.low()), percent(relievedIncome, rate.high()));
  }

  private static BigDecimal percent(BigDecimal value, BigDecimal percent) {
    return value.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  private static String label(FactCatalogue catalogue, String fact) {
    return catalogue.find(fact).map(d -> d.label()).orElse(fact);
  }

  private static String wan(BigDecimal yuan) {
    return AmountRange.exactly(yuan).toWanYuan();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
