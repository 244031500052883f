package cn.gov.huaian.zjtx.policy.rules.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Estimates computed by hand from the documents' figures (the catalogue's taxEffect). */
class TaxSavingTest {
  static final FactCatalogue FACTS = StandardFacts.catalogue();
  static final TaxEffect RD_100 = effect("加计扣除", "rd_spending", 100, null, null, null, null);
  static final TaxEffect HIGH_TECH = effect("优惠税率", null, null, 15, 25, null, null);
  static final TaxEffect SMALL = effect("减计所得+优惠税率", "taxable_income", null, 20, null, 25, null);
  static final TaxEffect TRANSFER =
      effect("免征/减半", "tech_transfer_income", null, null, null, null, 5_000_000);
  static final TaxEffect EQUIPMENT =
      effect("投资额抵免应纳税额", "special_equipment_investment", 10, null, null, null, null);

  @Test
  void aHighTechFirmSavesItsRdTimesThePercentageTimesFifteenPercent() {
    FactSet facts =
        facts().number("rd_spending", 3_000_000).textSet("qualifications", "高新技术企业").build();
    TaxSaving saving = TaxSaving.estimate(RD_100, facts, FACTS).orElseThrow();
    assertThat(saving.amount()).isEqualTo(AmountRange.exactly(BigDecimal.valueOf(450_000)));
    assertThat(saving.display()).isEqualTo("估算节税约 45万元");
    assertThat(saving.basis()).isEqualTo("上年度研发费用 300万元 × 100% × 高新技术企业税率15%");
  }

  @Test
  void withoutKnowingTheRateTheEstimateIsTheRangeOfRatesThatMayApply() {
    FactSet facts = facts().number("rd_spending", 1_000_000).build();
    TaxSaving saving = TaxSaving.estimate(RD_100, facts, FACTS).orElseThrow();
    assertThat(saving.amount())
        .isEqualTo(new AmountRange(BigDecimal.valueOf(50_000), BigDecimal.valueOf(250_000)));
    assertThat(saving.display()).isEqualTo("估算节税约 5～25万元");
  }

  @Test
  void aFirmCannotDeductMoreThanItsTaxableIncomeAndWithNoneSavesNothingThisYear() {
    FactSet small =
        facts().number("rd_spending", 1_000_000).number("taxable_income", 200_000).build();
    assertThat(TaxSaving.estimate(RD_100, small, FACTS).orElseThrow().amount())
        .isEqualTo(new AmountRange(BigDecimal.valueOf(10_000), BigDecimal.valueOf(50_000)));
    FactSet loss = facts().number("rd_spending", 1_000_000).number("taxable_income", -5).build();
    assertThat(TaxSaving.estimate(RD_100, loss, FACTS)).isEmpty();
  }

  @Test
  void aFirmAboveTheSmallLowProfitCeilingPaysTwentyFivePercent() {
    FactSet facts =
        facts().number("rd_spending", 1_000_000).number("taxable_income", 9_000_000).build();
    assertThat(TaxSaving.estimate(RD_100, facts, FACTS).orElseThrow().amount())
        .isEqualTo(AmountRange.exactly(BigDecimal.valueOf(250_000)));
  }

  @Test
  void ratePreferencesSaveTheDifferenceOfRatesOnTheTaxableIncome() {
    FactSet rich = facts().number("taxable_income", 8_000_000).build();
    assertThat(TaxSaving.estimate(HIGH_TECH, rich, FACTS).orElseThrow().amount())
        .isEqualTo(AmountRange.exactly(BigDecimal.valueOf(800_000)));
    FactSet small = facts().number("taxable_income", 2_000_000).build();
    TaxSaving saving = TaxSaving.estimate(SMALL, small, FACTS).orElseThrow();
    assertThat(saving.amount()).isEqualTo(AmountRange.exactly(BigDecimal.valueOf(400_000)));
    assertThat(saving.basis()).isEqualTo("应纳税所得额 200万元 × （25% − 实际税负5%）");
    assertThat(TaxSaving.estimate(HIGH_TECH, facts().build(), FACTS)).isEmpty();
  }

  @Test
  void transferIncomeIsExemptUpToTheLimitAndHalvedAbove() {
    FactSet facts =
        facts()
            .number("tech_transfer_income", 7_000_000)
            .number("taxable_income", 10_000_000)
            .build();
    assertThat(TaxSaving.estimate(TRANSFER, facts, FACTS).orElseThrow().amount())
        .isEqualTo(AmountRange.exactly(BigDecimal.valueOf(1_500_000)));
  }

  @Test
  void anInvestmentCreditIsTenPercentOfTheInvestment() {
    FactSet facts = facts().number("special_equipment_investment", 1_000_000).build();
    assertThat(TaxSaving.estimate(EQUIPMENT, facts, FACTS).orElseThrow().amount())
        .isEqualTo(AmountRange.exactly(BigDecimal.valueOf(100_000)));
  }

  @Test
  void noEstimateForTimingPreferencesOrAnUnknownBase() {
    TaxEffect depreciation = effect("加速折旧", null, null, null, null, null, null);
    assertThat(TaxSaving.estimate(depreciation, facts().number("rd_spending", 1).build(), FACTS))
        .isEmpty();
    assertThat(TaxSaving.estimate(RD_100, facts().build(), FACTS)).isEmpty();
    assertThat(TaxSaving.estimate(null, facts().build(), FACTS)).isEmpty();
  }

  private static FactSet.Builder facts() {
    return FactSet.asOf(LocalDate.of(2026, 12, 3));
  }

  private static TaxEffect effect(
      String mechanism,
      String basis,
      Integer percent,
      Integer rate,
      Integer standard,
      Integer included,
      Integer exemptUpTo) {
    return new TaxEffect(
        mechanism, basis, big(percent), big(rate), big(standard), big(included), big(exemptUpTo));
  }

  private static BigDecimal big(Integer value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }
}
