package cn.gov.huaian.zjtx.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.gap.FactChange;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money shown truthfully: an amount only where there is one; time-only gaps are waits. */
class BenefitDisplayTest {
  @Test
  void aCertificationShowsItsKindAndWordsNeverZeroYuan() {
    String shown = BenefitDisplay.text("认定类", "认定类：认定为专精特新中小企业，有效期3年。", AmountRange.ZERO);
    assertThat(shown).isEqualTo("认定类：认定为专精特新中小企业，有效期3年。").doesNotContain("0万元");
    assertThat(BenefitDisplay.text("税收优惠", "按实际发生额的100%在税前加计扣除", AmountRange.ZERO))
        .isEqualTo("税收优惠：按实际发生额的100%在税前加计扣除");
    assertThat(BenefitDisplay.monetary(AmountRange.ZERO)).isFalse();
  }

  @Test
  void anAmountTheDocumentStatesIsShownAsAnAmount() {
    AmountRange award = AmountRange.exactly(new BigDecimal("6000000"));
    assertThat(BenefitDisplay.text("现金奖补", "中央财政奖补资金600万元", award)).isEqualTo("约 600万元");
    assertThat(BenefitDisplay.monetary(award)).isTrue();
    assertThat(BenefitDisplay.text(null, null, AmountRange.ZERO)).isEqualTo("未写明金额");
  }

  @Test
  void aLongTextIsShortenedForOneLine() {
    String shown = BenefitDisplay.text("非货币", "长".repeat(200), AmountRange.ZERO);
    assertThat(shown.codePointCount(0, shown.length()))
        .isLessThanOrEqualTo(BenefitDisplay.SHORT + "非货币：".length());
    assertThat(shown).endsWith("…");
  }

  @Test
  void yearsInTheNicheAreAWaitNotAChange() {
    var years = StandardFacts.catalogue().require("years_in_niche");
    FactChange wait = new FactChange(years, new NumberValue(2), new NumberValue(3));
    assertThat(wait.timeOnly()).isTrue();
    assertThat(wait.describe()).contains("满 3年后可符合", "还需 1 年").doesNotContain("→");
    var rd = StandardFacts.catalogue().require("rd_ratio");
    FactChange act = new FactChange(rd, new NumberValue(2.8), new NumberValue(3));
    assertThat(act.timeOnly()).isFalse();
    assertThat(wait.effort()).isGreaterThan(act.effort());
  }

  /** An award is worked towards, not decided: ranked after a certificate, before a wait. */
  @Test
  void anAwardRanksAfterACertificateAndBeforeAWait() {
    var honours = StandardFacts.catalogue().require("qualifications");
    var none = new FactValue.TextSetValue(java.util.Set.of("高新技术企业"));
    FactChange award =
        new FactChange(
            honours,
            none,
            new FactValue.TextSetValue(java.util.Set.of("高新技术企业", "近三年国家级科技奖励（排名前三）")));
    FactChange certificate =
        new FactChange(
            honours, none, new FactValue.TextSetValue(java.util.Set.of("高新技术企业", "省部级以上研发机构")));
    FactChange wait =
        new FactChange(
            StandardFacts.catalogue().require("years_in_niche"),
            new NumberValue(2),
            new NumberValue(3));
    FactChange listing =
        new FactChange(
            honours, none, new FactValue.TextSetValue(java.util.Set.of("高新技术企业", "集成电路或工业母机企业清单")));
    assertThat(award.needsAward()).isTrue();
    assertThat(certificate.needsAward()).isFalse();
    assertThat(award.effort()).isGreaterThan(certificate.effort()).isLessThan(wait.effort());
    // A ministry's list by industry is not a certificate to apply for: ranked like an award, and
    // the advice says whose list it is and for which firms.
    assertThat(listing.needsListing()).isTrue();
    assertThat(certificate.needsListing()).isFalse();
    assertThat(listing.effort()).isEqualTo(award.effort());
    assertThat(listing.describe())
        .startsWith("已获资质与荣誉：新增“集成电路或工业母机企业清单”")
        .contains("工业和信息化部")
        .contains("仅这两类企业");
    assertThat(certificate.describe()).doesNotContain("工业和信息化部");
    assertThat(StandardFacts.QUALIFICATIONS).containsAll(StandardFacts.AWARDS);
  }
}
