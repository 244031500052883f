package cn.gov.huaian.zjtx.policy.rules.benefit;

import java.math.BigDecimal;

/**
 * 税收优惠的计算口径, as a catalogue file's {@code taxEffect} states it (catalog/EXTENSIONS.md §4.7): what
 * the document does to which tax base. Only the figures the document gives; a field it does not
 * state is null.
 *
 * @param mechanism the document's mechanism: 加计扣除, 优惠税率, 减计所得+优惠税率, 投资额抵免应纳税额, 免征/减半 …
 * @param basisFact the registry fact that is the tax base (研发费用, 应纳税所得额 …), or null
 * @param percent 加计扣除 or 抵免 percentage of the base
 * @param ratePercent the preferential rate (15 for 高新技术企业; 20 for 小型微利 on the included part)
 * @param standardRatePercent the rate without the preference (25)
 * @param incomeIncludedPercent the part of income taxed (小型微利: 25)
 * @param exemptUpTo income exempt in full, in 元 (技术转让所得: 500万); above it taxed at half
 */
public record TaxEffect(
    String mechanism,
    String basisFact,
    BigDecimal percent,
    BigDecimal ratePercent,
    BigDecimal standardRatePercent,
    BigDecimal incomeIncludedPercent,
    BigDecimal exemptUpTo) {}
