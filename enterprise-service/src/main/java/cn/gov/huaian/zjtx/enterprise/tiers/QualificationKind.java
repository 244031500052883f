package cn.gov.huaian.zjtx.enterprise.tiers;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tiers and qualifications an enterprise can hold. The first four are the tier ladder (梯度), in rank
 * order; each kind says which issuing levels it can have.
 */
public enum QualificationKind {
  INNOVATIVE_SME("innovative-sme", "创新型中小企业", 1, EnumSet.of(Level.PROVINCIAL)),
  SRDI_SME("srdi-sme", "专精特新中小企业", 2, EnumSet.of(Level.PROVINCIAL)),
  LITTLE_GIANT("little-giant", "专精特新“小巨人”企业", 3, EnumSet.of(Level.NATIONAL)),
  SINGLE_CHAMPION("single-champion", "制造业单项冠军", 4, EnumSet.of(Level.NATIONAL)),
  HIGH_TECH("high-tech", "高新技术企业", 0, EnumSet.of(Level.NATIONAL)),
  TECH_CENTER("tech-center", "企业技术中心", 0, EnumSet.allOf(Level.class)),
  RD_INSTITUTION("rd-institution", "研发机构（工程技术研究中心等）", 0, EnumSet.allOf(Level.class)),
  JIANGSU_BOUTIQUE("jiangsu-boutique", "江苏精品", 0, EnumSet.of(Level.PROVINCIAL)),
  SMART_WORKSHOP("smart-workshop", "智能车间", 0, EnumSet.of(Level.PROVINCIAL, Level.MUNICIPAL)),
  SMART_FACTORY("smart-factory", "智能制造示范工厂", 0, EnumSet.of(Level.NATIONAL, Level.PROVINCIAL)),
  IP_STANDARD("ip-standard", "知识产权管理规范贯标", 0, EnumSet.noneOf(Level.class)),
  LISTED("listed", "上市", 0, EnumSet.noneOf(Level.class)),
  /** 科技型中小企业 (国科发政〔2017〕115号): 入库 each year, valid for that year. */
  TECH_SME("tech-sme", "科技型中小企业", 0, EnumSet.noneOf(Level.class)),
  TECH_INNOVATION_DEMO(
      "tech-innovation-demo", "技术创新示范企业", 0, EnumSet.of(Level.NATIONAL, Level.PROVINCIAL)),
  IP_ADVANTAGE("ip-advantage", "知识产权优势企业", 0, EnumSet.of(Level.NATIONAL, Level.PROVINCIAL)),
  IP_DEMO("ip-demo", "知识产权示范企业", 0, EnumSet.of(Level.NATIONAL, Level.PROVINCIAL)),
  /** A product of the firm in the 首台（套）重大技术装备 catalogue (推广应用指导目录) of its level. */
  FIRST_SET("first-set", "首台（套）重大技术装备", 0, EnumSet.of(Level.NATIONAL, Level.PROVINCIAL)),
  /** 享受研发费用加计扣除优惠的集成电路企业或工业母机企业清单 (财政部 税务总局 2023年第44号公告). */
  IC_MACHINE_TOOL_LIST("ic-machine-tool-list", "集成电路或工业母机企业清单", 0, EnumSet.noneOf(Level.class)),
  /** 主导制定的标准: the level is the standard's (国际 / 国家 / 行业), the rank the drafter's place. */
  LEAD_STANDARD(
      "lead-standard",
      "主导制定标准",
      0,
      EnumSet.of(Level.INTERNATIONAL, Level.NATIONAL, Level.INDUSTRY),
      "起草单位排名",
      false),
  /**
   * 科技奖励: 国家级 (国家科学技术奖) or 省级 (省部级: a province's or a ministry's science and technology award); the
   * rank is the firm's place among the award's units (排名).
   */
  TECH_AWARD(
      "tech-award", "科技奖励", 0, EnumSet.of(Level.NATIONAL, Level.PROVINCIAL), "获奖单位排名", false),
  /** “创客中国”中小企业创新创业大赛, enterprise group: the rank is the national place (全国50强 = ≤ 50). */
  MAKER_CHINA("maker-china", "“创客中国”大赛获奖", 0, EnumSet.of(Level.NATIONAL), "全国名次", true);

  /** Issuing level (认定级别). */
  public enum Level {
    NATIONAL("national", "国家级"),
    PROVINCIAL("provincial", "省级"),
    MUNICIPAL("municipal", "市级"),
    /** A standard's levels besides 国家: international and industry (行业标准). */
    INTERNATIONAL("international", "国际"),
    INDUSTRY("industry", "行业");

    public final String code;
    public final String label;

    Level(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public static Optional<Level> of(String s) {
      if (s == null) {
        return Optional.empty();
      }
      String t = s.strip();
      return Arrays.stream(values())
          .filter(l -> l.code.equalsIgnoreCase(t) || l.label.equals(t) || l.label.startsWith(t))
          .findFirst();
    }
  }

  public final String code;
  public final String label;

  /** Rank on the tier ladder (1–4), 0 for a qualification that is not a tier. */
  public final int tierRank;

  public final Set<Level> levels;

  /**
   * For an award (a dated record of one event, several may be held): what its rank means; null for
   * a title (认定), which a firm holds once at a time.
   */
  public final String rankLabel;

  /** Whether an award of this kind must say its rank (a place is the whole point of it). */
  public final boolean rankRequired;

  QualificationKind(String code, String label, int tierRank, Set<Level> levels) {
    this(code, label, tierRank, levels, null, false);
  }

  QualificationKind(
      String code,
      String label,
      int tierRank,
      Set<Level> levels,
      String rankLabel,
      boolean rankRequired) {
    this.code = code;
    this.label = label;
    this.tierRank = tierRank;
    this.levels = levels;
    this.rankLabel = rankLabel;
    this.rankRequired = rankRequired;
  }

  public boolean isTier() {
    return tierRank > 0;
  }

  /** An award: a dated, ranked record; a firm may hold several of the same kind and level. */
  public boolean isAward() {
    return rankLabel != null;
  }

  public static Optional<QualificationKind> of(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.strip();
    return Arrays.stream(values())
        .filter(k -> k.code.equalsIgnoreCase(t) || k.label.equals(t))
        .findFirst();
  }

  /** The tier kinds, lowest first. */
  public static java.util.List<QualificationKind> tiers() {
    return Arrays.stream(values()).filter(QualificationKind::isTier).toList();
  }
}
