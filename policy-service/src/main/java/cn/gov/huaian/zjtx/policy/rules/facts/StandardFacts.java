package cn.gov.huaian.zjtx.policy.rules.facts;

import static cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition.date;
import static cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition.flag;
import static cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition.number;
import static cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition.text;
import static cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition.textSet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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

  /** The first tier of the 2026 办法 (工信部企业〔2026〕2号), which merged 科技型 and 创新型. */
  public static final String TIER_TECH_INNOVATIVE = "科技和创新型中小企业";

  public static final Set<String> TIERS =
      Set.of(
          TIER_INNOVATIVE, TIER_TECH_INNOVATIVE, TIER_PROVINCIAL, TIER_LITTLE_GIANT, TIER_CHAMPION);

  /**
   * Values of {@code qualifications} that only an award or a standard gives (read off the
   * registry's records, facts/Awards): a firm can work towards one, not decide it, so a gap that
   * needs one ranks after the changes a firm can make.
   */
  public static final Set<String> AWARDS =
      Set.of(
          "近三年国家级科技奖励",
          "近三年省级科技奖励",
          "近三年省级科技奖励（排名前三）",
          "近三年国家级科技奖励（排名前五）",
          "近三年国家级科技奖励（排名前三）",
          "近三年省部级以上科技奖励（排名前三）",
          "创客中国全国500强",
          "创客中国全国50强",
          "近五年主导制定国际国家行业标准（排名前五）",
          "近五年国家级科技奖励（排名前三）");

  /**
   * Values of {@code qualifications} that are lists the ministries draw up for whole industries
   * (财政部 税务总局 国家发展改革委 工业和信息化部公告2023年第44号: the 集成电路 and 工业母机 firms, listed each year after a 清单制定
   * notice of 国家发展改革委, 工业和信息化部 and others): not a step most firms can take, so a gap that needs one
   * ranks like an award and says who draws the list up.
   */
  public static final Map<String, String> AUTHORITY_LISTS =
      Map.of("集成电路或工业母机企业清单", "国家发展改革委、工业和信息化部等部门每年制定的集成电路、工业母机企业清单，仅这两类企业可按当年清单制定通知申请列入");

  /**
   * 已获资质与荣誉: the titles the registry records, the award clauses read off its records and the
   * ministries' lists.
   */
  public static final Set<String> QUALIFICATIONS =
      Stream.concat(
              Stream.of(
                  "高新技术企业",
                  "市级以上研发机构",
                  "省级以上研发机构",
                  "江苏精品",
                  "市长质量奖",
                  "知识产权管理规范认证",
                  "智能车间",
                  "智能制造示范工厂",
                  // Added for the policy catalogue (catalog/EXTENSIONS.md §2.2).
                  "国家级技术创新示范企业",
                  "知识产权优势企业",
                  "知识产权示范企业",
                  "科技型中小企业",
                  "首台（套）重大技术装备",
                  "自建或联合研发机构",
                  "省部级以上研发机构"),
              Stream.concat(AWARDS.stream(), AUTHORITY_LISTS.keySet().stream()))
          .collect(Collectors.toUnmodifiableSet());

  /** GB/T 4754 大类 (divisions), two digits, 01–97: what 负面清单 rules name besides 门类. */
  public static final Set<String> INDUSTRY_DIVISIONS =
      IntStream.rangeClosed(1, 97)
          .mapToObj(d -> String.format("%02d", d))
          .collect(Collectors.toUnmodifiableSet());

  public static final Set<String> INDUSTRY_SECTIONS =
      Set.of(
          "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R",
          "S", "T");

  /**
   * Facts that only the passing of time changes: a gap never offers them as a change to make, it
   * says when they will hold ("满 N 年后").
   */
  public static final Set<String> TIME_ONLY = Set.of("years_in_niche", "years_in_niche_product");

  /**
   * 规模上限：size measures some programs cap (小型微利: 应纳税所得额 ≤ 300万元, 资产总额 ≤ 5000万元, 从业人数 ≤ 300人;
   * 科技型中小企业: 职工 ≤ 500人, 销售收入 ≤ 2亿元). A firm above a cap is never advised to shrink to fit it: the
   * gap finder offers no change that lowers them.
   */
  public static final Set<String> SIZE_CEILINGS =
      Set.of("revenue", "employees", "total_assets", "taxable_income");

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

  /** Issuing levels of a tier title (认定级别), highest first. */
  public static final List<String> TITLE_LEVELS = List.of("国家级", "省级", "市级", "园区级");

  /**
   * A tier with the level that certified it ("省级专精特新中小企业"), so award clauses that name a level can
   * be written. The registry certifies each tier at one level today (小巨人 and 单项冠军 国家级, the others
   * 省级); the other combinations are here so rules can name them.
   */
  public static final Set<String> TIER_TITLES =
      TITLE_LEVELS.stream()
          .flatMap(level -> TIERS.stream().map(tier -> level + tier))
          .collect(Collectors.toUnmodifiableSet());

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
              date("founded_on", "成立日期"),
              // The policy catalogue's facts (catalog/EXTENSIONS.md §2.1).
              number("rd_spending_prev", "元", "前年（上上年度）研发费用", ONE),
              number("equity_financing_3y", "元", "近三年新增股权融资额（合格机构投资者实缴额）", ONE),
              number("revenue_cagr_2y", "%", "近两年营业收入复合增长率", CENT),
              number("domestic_market_rank", "名", "主导产品国内细分市场占有率排名", ONE),
              flag("six_foundations", "主导产品属于工业“六基”等领域且位于产业链关键环节"),
              number("zjtx_dev_score", "分", "本年度专精特新发展评价得分（优质中小企业梯度培育平台计算）", ONE),
              number("zjtx_dev_score_prev", "分", "上一年度专精特新发展评价得分", ONE),
              number("main_revenue_avg3y", "元", "近三年主营业务收入平均值", ONE),
              number("years_in_niche_product", "年", "从事申请产品相关领域年限", ONE),
              text(
                  "product_domain_level",
                  "主导产品所属领域情况（专精特新评价第4项）",
                  Set.of("补短板锻长板填空白取得实际成效", "六基或老字号或主导制定标准", "其他")),
              number("digital_level", "级", "中小企业数字化水平评测等级", ONE),
              number("quality_mgmt_items", "项", "质量管理水平达成项数（省级以上质量奖、质量管理体系认证、自主品牌、参与制修订标准）", ONE),
              number("net_profit_margin", "%", "上年度净利润率", CENT),
              number("local_feature_score", "分", "省定特色化指标得分", ONE),
              text("rd_institution_level", "建立研发机构的最高级别", Set.of("国家级", "省级", "市级", "市级以下", "未建立")),
              number("tech_staff_ratio", "%", "科技人员占职工总数比重", CENT),
              number("rd_ratio_of_cost", "%", "研发费用占成本费用支出总额比重", CENT),
              number("total_assets", "元", "资产总额", ONE),
              number("taxable_income", "元", "年度应纳税所得额", ONE),
              text("industry_section", "国民经济行业门类（GB/T 4754 字母码）", INDUSTRY_SECTIONS),
              text("industry_division", "国民经济行业大类（GB/T 4754 两位码）", INDUSTRY_DIVISIONS),
              flag("vat_general_taxpayer", "增值税一般纳税人"),
              flag("vat_small_scale_taxpayer", "增值税小规模纳税人"),
              number("high_tech_revenue_share", "%", "近一年高新技术产品（服务）收入占同期总收入比重", CENT),
              number("domestic_rd_share", "%", "境内研发费用占研发费用总额比重", CENT),
              number("rd_ratio_3y", "%", "近三个会计年度研发费用占同期销售收入比重", CENT),
              number("tech_transfer_income", "元", "年度技术转让所得", ONE),
              number("equipment_purchase", "元", "当年新购进单位价值不超过500万元的设备、器具金额", ONE),
              number("special_equipment_investment", "元", "当年购置并实际使用的环境保护、节能节水、安全生产专用设备投资额", ONE),
              number("tax_loss_unrecovered", "元", "具备资格年度之前5个年度尚未弥补完的亏损", ONE),
              text(
                  "sme_scale",
                  "企业规模（按《中小企业划型标准规定》工信部联企业〔2011〕300号划型）",
                  Set.of("大型", "中型", "小型", "微型")),
              // Tier certificates with level and dates (catalog/EXTENSIONS.md §4.3).
              textSet("tier_titles", "已获梯度称号（含认定级别）", TIER_TITLES),
              date("innovative_sme_first_certified_on", "首次认定为创新型中小企业的日期"),
              date("innovative_sme_valid_until", "创新型中小企业称号有效期至"),
              date("srdi_sme_first_certified_on", "首次认定为专精特新中小企业的日期"),
              date("srdi_sme_valid_until", "专精特新中小企业称号有效期至"),
              date("little_giant_first_certified_on", "首次认定为专精特新“小巨人”企业的日期"),
              date("little_giant_valid_until", "专精特新“小巨人”企业称号有效期至（复核日）"),
              date("champion_first_certified_on", "首次认定为制造业单项冠军的日期"),
              date("champion_valid_until", "制造业单项冠军称号有效期至（复核日）")));

  private StandardFacts() {}

  public static FactCatalogue catalogue() {
    return CATALOGUE;
  }
}
