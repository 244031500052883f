package cn.gov.huaian.zjtx.policy.rules.facts;

import static cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition.date;
import static cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition.flag;
import static cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition.number;
import static cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition.text;
import static cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition.textSet;

import java.util.List;
import java.util.Set;

/**
 * 默认事实目录：企业读模型（档案、上年度及近两年指标、已获梯度、资质、培育库）能提供的事实。
 *
 * <p>Default configuration, not law: the catalogue is plain data so the catalog service can serve,
 * extend and validate against it. Money is in 元, shares and ratios in percent (3 means 3%), so rule
 * files read like the policy text.
 */
public final class StandardFacts {
  public static final String TIER_INNOVATIVE = "创新型中小企业";
  public static final String TIER_PROVINCIAL = "专精特新中小企业";
  public static final String TIER_LITTLE_GIANT = "专精特新小巨人";
  public static final String TIER_CHAMPION = "制造业单项冠军";

  public static final Set<String> TIERS =
      Set.of(TIER_INNOVATIVE, TIER_PROVINCIAL, TIER_LITTLE_GIANT, TIER_CHAMPION);

  public static final Set<String> QUALIFICATIONS =
      Set.of(
          "高新技术企业",
          "近三年国家级科技奖励",
          "市级以上研发机构",
          "省级以上研发机构",
          "江苏精品",
          "市长质量奖",
          "知识产权管理规范认证",
          "智能车间",
          "智能制造示范工厂");

  public static final Set<String> POOLS =
      Set.of("高新技术企业库", "上市企业培育库", "市级以上企业技术中心库", "独角兽企业库", "产业链龙头企业库");

  public static final Set<String> CLUSTERS =
      Set.of(
          "智能装备及新能源",
          "新能源汽车及零部件",
          "纤维新材料",
          "化工新材料",
          "PCB电子元器件",
          "绿色食品",
          "生物技术及新医药",
          "人工智能",
          "集成电路",
          "新兴数字产业");

  public static final Set<String> DISTRICTS =
      Set.of("320812", "320803", "320804", "320813", "320826", "320830", "320831", "320871");

  private static final double CENT = 0.01;
  private static final double ONE = 1;

  private static final FactCatalogue CATALOGUE =
      new FactCatalogue(
          List.of(
              number("revenue", "元", "上年度营业收入", ONE),
              number("revenue_growth", "%", "上年度主营业务收入增长率", CENT),
              number("revenue_growth_avg2", "%", "近两年主营业务收入平均增长率", CENT),
              number("main_business_share", "%", "主营业务收入占营业收入比重", CENT),
              number("debt_ratio", "%", "资产负债率", CENT),
              number("rd_spending", "元", "上年度研发费用", ONE),
              number("rd_spending_avg2", "元", "近两年研发费用平均额", ONE),
              number("rd_spending_2y", "元", "近两年研发费用合计", ONE),
              number("rd_ratio", "%", "上年度研发费用占营业收入比重", CENT),
              number("rd_ratio_prev", "%", "前年研发费用占营业收入比重", CENT),
              number("rd_ratio_avg2", "%", "近两年研发费用占比平均值", CENT),
              number("rd_staff_ratio", "%", "研发人员占职工总数比重", CENT),
              number("employees", "人", "职工总数", ONE),
              number("invention_patents", "件", "有效发明专利", ONE),
              number("ip_class1", "件", "与主导产品相关的Ⅰ类知识产权", ONE),
              number("ip_class1_self", "件", "自主研发的Ⅰ类知识产权", ONE),
              number("ip_class1_high_value", "件", "Ⅰ类高价值知识产权", ONE),
              number("ip_class2", "件", "与主导产品相关的Ⅱ类知识产权", ONE),
              number("equity_financing_2y", "元", "近两年新增股权融资额", ONE),
              number("years_in_niche", "年", "从事特定细分市场年限", ONE),
              number("niche_market_share", "%", "主导产品国内细分市场占有率", CENT),
              number("global_market_rank", "名", "单项产品全球市场占有率排名", ONE),
              number("standards_drafted", "项", "主导或参与制定的标准", ONE),
              number("zjtx_eval_score", "分", "专精特新中小企业评价得分", ONE),
              number("cnc_rate", "%", "关键工序数控化率", CENT),
              flag("strategic_emerging", "主导产品属于战略性新兴产业"),
              flag("tech_leading", "生产技术、工艺国际领先"),
              flag("profit_above_industry", "盈利能力高于行业平均水平"),
              text("district", "所在区县（行政区划代码）", DISTRICTS),
              text("cluster", "所属7+3产业集群", CLUSTERS),
              text("industry_code", "国民经济行业代码（GB/T 4754）", Set.of()),
              textSet("tiers_held", "已获梯度认定", TIERS),
              textSet("qualifications", "已获资质与荣誉", QUALIFICATIONS),
              textSet("pools", "所在培育库", POOLS),
              date("founded_on", "成立日期")));

  private StandardFacts() {}

  public static FactCatalogue catalogue() {
    return CATALOGUE;
  }
}
