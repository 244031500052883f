package cn.gov.huaian.zjtx.enterprise.imports;

import cn.gov.huaian.zjtx.platform.imports.Headers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the Chinese column headers people write ("营业收入（万元）", "社会信用代码", "乡镇（街道）") and the unit
 * a money header names. Plain Java.
 */
public final class Columns {
  private Columns() {}

  /** A recognised column: which field, and the factor that turns its money values into 元. */
  public record Column(int index, String header, String field, long yuanPerUnit) {}

  static final Map<String, List<String>> ENTERPRISE = new LinkedHashMap<>();
  static final Map<String, List<String>> FIGURES = new LinkedHashMap<>();

  /** Columns an export writes that an import does not need (derived or display-only). */
  static final List<String> DERIVED =
      List.of("序号", "行业名称", "7+3集群", "集群", "当前梯度", "研发投入占比", "资产负债率", "指标年度");

  static {
    List<String> code = List.of("统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码", "统一代码");
    ENTERPRISE.put("creditCode", code);
    ENTERPRISE.put("name", List.of("企业名称", "单位名称", "企业全称", "公司名称", "名称"));
    ENTERPRISE.put("foundedOn", List.of("成立日期", "成立时间", "注册日期", "注册时间"));
    ENTERPRISE.put("district", List.of("所在区县", "区县", "所属区县", "县区", "所在县区", "区（县）", "所属县区"));
    ENTERPRISE.put("town", List.of("所在镇街", "镇街", "乡镇（街道）", "乡镇街道", "所属镇街", "街道（乡镇）", "所在乡镇", "乡镇"));
    ENTERPRISE.put("park", List.of("所在园区", "园区", "所属园区"));
    ENTERPRISE.put("address", List.of("详细地址", "地址", "注册地址", "经营地址", "通讯地址"));
    ENTERPRISE.put(
        "industryCode", List.of("行业代码", "国民经济行业代码", "行业分类代码", "所属行业代码", "国民经济行业分类代码", "国民经济行业分类"));
    ENTERPRISE.put("mainProduct", List.of("主导产品", "主营产品", "主要产品"));
    ENTERPRISE.put("nicheMarket", List.of("细分市场", "细分领域"));
    ENTERPRISE.put("nicheYears", List.of("从事细分市场年限", "细分市场年限", "从事细分领域年限", "深耕年限"));
    ENTERPRISE.put("chainPosition", List.of("产业链位置", "产业链环节", "所处产业链环节"));
    ENTERPRISE.put("contactName", List.of("联系人", "联系人姓名"));
    ENTERPRISE.put("contactPhone", List.of("联系电话", "联系方式", "手机", "手机号码", "电话"));
    ENTERPRISE.put("contactEmail", List.of("电子邮箱", "邮箱", "email", "e-mail"));

    FIGURES.put("creditCode", code);
    FIGURES.put("year", List.of("年度", "年份", "统计年度", "指标年度", "数据年度"));
    FIGURES.put("revenue", List.of("营业收入", "营业总收入", "销售收入"));
    FIGURES.put("mainRevenue", List.of("主营业务收入", "主营收入"));
    FIGURES.put("rdSpending", List.of("研发费用", "研发投入", "研发经费支出", "r&d经费", "研发经费"));
    FIGURES.put("rdStaff", List.of("研发人员数", "研发人员", "研发人员数量"));
    FIGURES.put("totalStaff", List.of("从业人员数", "职工人数", "员工总数", "从业人员", "员工人数"));
    FIGURES.put("totalAssets", List.of("资产总额", "总资产"));
    FIGURES.put("totalLiabilities", List.of("负债总额", "总负债"));
    FIGURES.put("inventionPatents", List.of("有效发明专利数", "发明专利", "发明专利数", "有效发明专利"));
    FIGURES.put("utilityPatents", List.of("实用新型专利数", "实用新型专利"));
    FIGURES.put("designPatents", List.of("外观设计专利数", "外观设计专利"));
    FIGURES.put("ipClass1", List.of("ⅰ类知识产权数", "i类知识产权数", "ⅰ类知识产权", "i类知识产权", "一类知识产权"));
    FIGURES.put("ipClass2", List.of("ⅱ类知识产权数", "ii类知识产权数", "ⅱ类知识产权", "ii类知识产权", "二类知识产权"));
    FIGURES.put("newEquityFinancing", List.of("新增股权融资额", "股权融资额", "新增股权融资"));
    FIGURES.put("cncRate", List.of("关键工序数控化率", "数控化率"));
    FIGURES.put("mgmtDigitalRate", List.of("经营管理数字化普及率", "经营管理数字化率"));
    FIGURES.put("rdToolRate", List.of("数字化研发设计工具普及率", "数字化研发设计工具普及"));
    FIGURES.put("cloudStar", List.of("上云星级", "上云等级"));
    FIGURES.put("taxableIncome", List.of("应纳税所得额", "年度应纳税所得额"));
    FIGURES.put("techStaff", List.of("科技人员数", "科技人员"));
    FIGURES.put("highTechRevenue", List.of("高新技术产品（服务）收入", "高新技术产品收入", "高新技术产品(服务)收入"));
    FIGURES.put("domesticRdSpending", List.of("境内研发费用", "境内研究开发费用"));
    FIGURES.put("totalCosts", List.of("成本费用支出总额", "成本费用总额"));
  }

  static String normalize(String header) {
    return Headers.normalize(header);
  }

  /** The recognised columns of a header row, and the headers that were not recognised. */
  public record Mapping(List<Column> columns, List<String> ignored) {
    public Optional<Column> get(String field) {
      return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }
  }

  public static Mapping map(List<String> headers, Map<String, List<String>> synonyms) {
    List<Column> cols = new java.util.ArrayList<>();
    List<String> ignored = new java.util.ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String raw = headers.get(i);
      String n = normalize(raw);
      if (n.isEmpty()) {
        continue;
      }
      String f = Headers.fieldOf(raw, synonyms, false);
      if (f != null && cols.stream().noneMatch(c -> c.field().equals(f))) {
        cols.add(new Column(i, raw.strip(), f, Headers.unitOf(raw)));
      } else if (f == null && DERIVED.stream().noneMatch(d -> normalize(d).equals(n))) {
        ignored.add(raw.strip());
      }
    }
    return new Mapping(cols, ignored);
  }
}
