package cn.gov.huaian.zjtx.policy.rules;

import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import java.time.LocalDate;

/** Hand-made enterprises whose results the tests work out by hand. */
final class Firms {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private Firms() {}

  /**
   * 创新型 score 64: Ⅰ类知识产权 2 件 (10) + 研发 280万/4.2% (4) + 研发人员 12% (5) + 增长 8% (10) + 负债率 60% (5) +
   * 战略性新兴产业 (10) + 主营占比 72% (20); no direct qualification.
   */
  static FactSet.Builder precisionPartsMaker() {
    return FactSet.asOf(AS_OF)
        .number("revenue", 66_000_000)
        .number("rd_spending", 2_800_000)
        .number("rd_ratio", 4.2)
        .number("rd_ratio_prev", 3.9)
        .number("rd_staff_ratio", 12)
        .number("revenue_growth", 8)
        .number("revenue_growth_avg2", 6.5)
        .number("main_business_share", 72)
        .number("debt_ratio", 60)
        .number("invention_patents", 3)
        .number("ip_class1", 2)
        .number("ip_class1_self", 0)
        .number("ip_class1_high_value", 0)
        .number("ip_class2", 4)
        .number("equity_financing_2y", 0)
        .number("years_in_niche", 6)
        .number("zjtx_eval_score", 58)
        .number("niche_market_share", 12)
        .flag("strategic_emerging", true)
        .text("district", "320812")
        .text("cluster", "智能装备及新能源")
        .textSet("tiers_held", StandardFacts.TIER_INNOVATIVE)
        .textSet("qualifications", "市级以上研发机构")
        .textSet("pools")
        .date("founded_on", LocalDate.of(2016, 3, 18));
  }
}
