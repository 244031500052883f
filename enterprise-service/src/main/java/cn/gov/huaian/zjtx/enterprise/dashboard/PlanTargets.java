package cn.gov.huaian.zjtx.enterprise.dashboard;

import static cn.gov.huaian.zjtx.enterprise.dashboard.Target.Comparison.ABOUT;
import static cn.gov.huaian.zjtx.enterprise.dashboard.Target.Comparison.AT_LEAST;
import static cn.gov.huaian.zjtx.enterprise.dashboard.Target.Comparison.AT_MOST;
import static cn.gov.huaian.zjtx.enterprise.dashboard.Target.Comparison.MORE_THAN;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 2025 targets of 淮安市专精特新企业培育三年行动计划（2023—2025年）, as listed in DOMAIN.md. "专精特新企业" below means
 * firms currently holding 专精特新中小企业 (provincial) or a higher tier; rates are fractions (0.04 = 4%);
 * figure-based targets use the latest complete year.
 */
public final class PlanTargets {
  private PlanTargets() {}

  static Target t(
      String key, String name, String unit, Target.Comparison c, String target, String definition) {
    return new Target(key, name, unit, c, new BigDecimal(target), definition);
  }

  public static final List<Target> ALL =
      List.of(
          t("single-champion", "国家制造业单项冠军", "家", AT_LEAST, "4", "当前持有制造业单项冠军认定的企业数"),
          t("little-giant", "国家级专精特新“小巨人”企业", "家", AT_LEAST, "26", "当前持有“小巨人”认定的企业数"),
          t("srdi-sme", "省级专精特新中小企业", "家", AT_LEAST, "260", "当前持有省级专精特新中小企业或更高梯度认定的企业数"),
          t("innovative-sme", "创新型中小企业", "家", AT_LEAST, "800", "当前持有创新型中小企业或更高梯度认定的企业数"),
          t(
              "srdi-rd-ratio",
              "专精特新企业研发经费占营业收入比重",
              "比例",
              MORE_THAN,
              "0.04",
              "专精特新企业研发费用合计 ÷ 营业收入合计（最近完整年度）"),
          t(
              "srdi-invention-patents",
              "专精特新企业平均拥有发明专利",
              "件/家",
              AT_LEAST,
              "2",
              "专精特新企业有效发明专利数平均值（最近完整年度，已填报企业）"),
          t("cnc-rate", "关键工序数控化率", "比例", MORE_THAN, "0.50", "专精特新企业关键工序数控化率平均值"),
          t("mgmt-digital-rate", "经营管理数字化普及率", "比例", MORE_THAN, "0.60", "专精特新企业经营管理数字化普及率平均值"),
          t("rd-tool-rate", "数字化研发设计工具普及率", "比例", AT_LEAST, "0.80", "专精特新企业数字化研发设计工具普及率平均值"),
          t(
              "srdi-revenue-share",
              "专精特新企业主营业务收入占规上中小工业企业比重",
              "比例",
              MORE_THAN,
              "0.50",
              "专精特新企业主营业务收入合计 ÷ 营业收入 2000 万元及以上企业的营业收入合计（以平台在库企业近似规上中小工业企业）"),
          t(
              "srdi-rd-institution",
              "专精特新企业省级以上研发机构覆盖率",
              "比例",
              AT_LEAST,
              "1",
              "持有省级或国家级研发机构、企业技术中心的专精特新企业 ÷ 专精特新企业数"),
          t(
              "srdi-ip-standard",
              "专精特新企业知识产权管理规范化比例",
              "比例",
              MORE_THAN,
              "0.50",
              "持有知识产权管理规范贯标资质的专精特新企业 ÷ 专精特新企业数"),
          t("smart-workshop", "智能车间", "个", AT_LEAST, "40", "当前持有智能车间认定的企业数"),
          t("smart-factory", "智能制造示范工厂", "个", AT_LEAST, "6", "当前持有智能制造示范工厂认定的企业数"),
          t("cloud-star", "星级上云企业", "家", ABOUT, "200", "最近完整年度上云星级一星及以上的企业数"),
          t("srdi-listed", "专精特新上市企业", "家", ABOUT, "5", "持有“上市”资质的专精特新企业数"),
          t("jiangsu-boutique", "江苏精品（本年度新增）", "家", AT_LEAST, "3", "本年度（北京时间）认定江苏精品的企业数"),
          t("commissioners", "服务专员", "名", AT_LEAST, "100", "已被指派企业的服务专员人数"),
          t(
              "enterprises-per-commissioner",
              "每名服务专员服务企业数",
              "家/名",
              AT_MOST,
              "2",
              "已指派企业数 ÷ 服务专员人数（一名专员对接两家企业）"),
          t("guarantee-fee", "专精特新企业平均担保费率", "比例", AT_MOST, "0.01", "平台尚未采集担保费率，暂无实际值"));
}
