package cn.gov.huaian.zjtx.enterprise.figures;

import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import java.math.BigDecimal;
import java.util.List;

/** Validates entered yearly figures. Plain Java; every message names the field in Chinese. */
public final class FigureRules {
  static final BigDecimal MAX_MONEY = new BigDecimal("99999999999999.99");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_COUNT = 1_000_000;

  private FigureRules() {}

  public static List<Problem.Violation> validate(Figures f, int currentYear) {
    Violations e = new Violations();
    if (f == null) {
      return e.add("body", "请求体不能为空").list();
    }
    if (f.year() == null) {
      e.add("year", "年度不能为空");
    } else if (f.year() < 2000 || f.year() > currentYear) {
      e.add("year", "年度应在 2000 到 " + currentYear + " 之间");
    }
    money(e, "revenue", "营业收入", f.revenue());
    money(e, "mainRevenue", "主营业务收入", f.mainRevenue());
    money(e, "rdSpending", "研发费用", f.rdSpending());
    money(e, "totalAssets", "资产总额", f.totalAssets());
    money(e, "totalLiabilities", "负债总额", f.totalLiabilities());
    money(e, "newEquityFinancing", "新增股权融资额", f.newEquityFinancing());
    count(e, "rdStaff", "研发人员数", f.rdStaff());
    count(e, "totalStaff", "从业人员数", f.totalStaff());
    count(e, "inventionPatents", "有效发明专利数", f.inventionPatents());
    count(e, "utilityPatents", "实用新型专利数", f.utilityPatents());
    count(e, "designPatents", "外观设计专利数", f.designPatents());
    count(e, "ipClass1", "Ⅰ类知识产权数", f.ipClass1());
    count(e, "ipClass2", "Ⅱ类知识产权数", f.ipClass2());
    percent(e, "cncRate", "关键工序数控化率", f.cncRate());
    percent(e, "mgmtDigitalRate", "经营管理数字化普及率", f.mgmtDigitalRate());
    percent(e, "rdToolRate", "数字化研发设计工具普及率", f.rdToolRate());
    e.range("cloudStar", "上云星级", f.cloudStar(), 0, 5, " 星");
    signedMoney(e, "taxableIncome", "年度应纳税所得额", f.taxableIncome());
    count(e, "techStaff", "科技人员数", f.techStaff());
    money(e, "highTechRevenue", "高新技术产品（服务）收入", f.highTechRevenue());
    money(e, "domesticRdSpending", "境内研发费用", f.domesticRdSpending());
    money(e, "totalCosts", "成本费用支出总额", f.totalCosts());
    notAbove(e, "techStaff", "科技人员数", f.techStaff(), "从业人员数", f.totalStaff());
    notAbove(e, "highTechRevenue", "高新技术产品（服务）收入", f.highTechRevenue(), "营业收入", f.revenue());
    notAbove(e, "domesticRdSpending", "境内研发费用", f.domesticRdSpending(), "研发费用", f.rdSpending());
    notAbove(e, "rdSpending", "研发费用", f.rdSpending(), "成本费用支出总额", f.totalCosts());
    notAbove(e, "mainRevenue", "主营业务收入", f.mainRevenue(), "营业收入", f.revenue());
    notAbove(e, "rdStaff", "研发人员数", f.rdStaff(), "从业人员数", f.totalStaff());
    return e.list();
  }

  private static void money(Violations e, String field, String label, BigDecimal v) {
    if (v == null) {
      return;
    }
    if (v.signum() < 0) {
      e.add(field, label + "不能为负数");
    } else if (v.compareTo(MAX_MONEY) > 0) {
      e.add(field, label + "超出允许范围（单位为元）");
    } else if (v.stripTrailingZeros().scale() > 2) {
      e.add(field, label + "最多保留两位小数（单位为元）");
    }
  }

  /** Money that may be negative (a loss): the same bounds as {@link #money} on its size. */
  private static void signedMoney(Violations e, String field, String label, BigDecimal v) {
    if (v == null) {
      return;
    }
    if (v.abs().compareTo(MAX_MONEY) > 0) {
      e.add(field, label + "超出允许范围（单位为元）");
    } else if (v.stripTrailingZeros().scale() > 2) {
      e.add(field, label + "最多保留两位小数（单位为元）");
    }
  }

  /** A part that cannot exceed its whole (both given): the part's field is named. */
  private static <T extends Comparable<T>> void notAbove(
      Violations e, String field, String label, T part, String wholeLabel, T whole) {
    if (part != null && whole != null && part.compareTo(whole) > 0) {
      e.add(field, label + "不能大于" + wholeLabel);
    }
  }

  private static void count(Violations e, String field, String label, Integer v) {
    if (v != null && (v < 0 || v > MAX_COUNT)) {
      e.add(field, label + "应在 0 到 " + MAX_COUNT + " 之间");
    }
  }

  private static void percent(Violations e, String field, String label, BigDecimal v) {
    if (v != null && (v.signum() < 0 || v.compareTo(HUNDRED) > 0)) {
      e.add(field, label + "应在 0 到 100（%）之间");
    }
  }
}
