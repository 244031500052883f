package cn.gov.huaian.zjtx.matchmaking.imports;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a file holds, and the columns it may have: each field with the headers people write for it
 * (the field's own name is always accepted too, so JSON Lines keys may be the API's names).
 */
public enum ImportKind {
  UNIVERSITIES("universities", "高校", List.of("name", "city")),
  TEAMS("teams", "科研团队", List.of("university", "name")),
  EXPERTS("experts", "专家", List.of("university", "name", "researchDirections")),
  NEEDS("needs", "技术需求", List.of("title"));

  private final String code;
  private final String nameZh;
  private final List<String> required;

  ImportKind(String code, String nameZh, List<String> required) {
    this.code = code;
    this.nameZh = nameZh;
    this.required = required;
  }

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  /** Fields a file must have a column for. */
  public List<String> required() {
    return required;
  }

  public static Optional<ImportKind> of(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }

  /** field → headers that name it. */
  public Map<String, List<String>> columns() {
    return switch (this) {
      case UNIVERSITIES -> UNIVERSITY_COLUMNS;
      case TEAMS -> TEAM_COLUMNS;
      case EXPERTS -> EXPERT_COLUMNS;
      case NEEDS -> NEED_COLUMNS;
    };
  }

  private static final List<String> UNIVERSITY =
      List.of("所属高校", "高校名称", "高校", "学校名称", "学校", "所在高校", "依托单位");
  private static final List<String> DISCIPLINES =
      List.of("学科代码", "学科", "国家自然科学基金申请代码", "申请代码", "nsfc代码");
  private static final Map<String, List<String>> UNIVERSITY_COLUMNS = new LinkedHashMap<>();
  private static final Map<String, List<String>> TEAM_COLUMNS = new LinkedHashMap<>();
  private static final Map<String, List<String>> EXPERT_COLUMNS = new LinkedHashMap<>();
  private static final Map<String, List<String>> NEED_COLUMNS = new LinkedHashMap<>();

  static {
    UNIVERSITY_COLUMNS.put("name", List.of("高校名称", "高校", "学校名称", "学校", "院校名称", "单位名称", "名称"));
    UNIVERSITY_COLUMNS.put("city", List.of("所在城市", "城市", "所在市", "所在地"));
    UNIVERSITY_COLUMNS.put("province", List.of("所在省份", "省份", "所在省", "省"));

    TEAM_COLUMNS.put("university", UNIVERSITY);
    TEAM_COLUMNS.put("name", List.of("团队名称", "团队", "科研团队", "科研团队名称"));
    TEAM_COLUMNS.put("description", List.of("团队简介", "简介", "团队介绍"));
    TEAM_COLUMNS.put("leader", List.of("团队负责人", "负责人", "团队带头人", "带头人"));
    TEAM_COLUMNS.put("disciplines", DISCIPLINES);

    EXPERT_COLUMNS.put("university", UNIVERSITY);
    EXPERT_COLUMNS.put("name", List.of("姓名", "专家姓名", "专家"));
    EXPERT_COLUMNS.put("college", List.of("学院", "所在学院", "院系", "所在院系", "二级学院"));
    EXPERT_COLUMNS.put("title", List.of("职称", "专业技术职称"));
    EXPERT_COLUMNS.put("researchDirections", List.of("研究方向", "主要研究方向", "研究领域", "专业方向", "擅长领域"));
    EXPERT_COLUMNS.put("disciplines", DISCIPLINES);
    EXPERT_COLUMNS.put("clusters", List.of("服务产业集群", "产业集群", "集群", "服务集群"));
    EXPERT_COLUMNS.put("achievements", List.of("代表性成果", "主要成果", "成果", "代表成果"));
    EXPERT_COLUMNS.put("capacity", List.of("可承接合作数", "承接能力", "可同时承接项目数", "可承接项目数"));
    EXPERT_COLUMNS.put(
        "willingVicePresident", List.of("愿意担任科技副总", "是否愿意担任科技副总", "科技副总意愿", "愿任科技副总"));
    EXPERT_COLUMNS.put("industryExperience", List.of("产业经历", "企业工作经历", "行业经历", "企业任职经历", "挂职经历"));
    EXPERT_COLUMNS.put("team", List.of("所属团队", "团队", "科研团队", "团队名称"));

    NEED_COLUMNS.put("enterpriseId", List.of("企业编号", "企业id"));
    NEED_COLUMNS.put("creditCode", List.of("统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码"));
    NEED_COLUMNS.put("enterpriseName", List.of("企业名称", "企业", "需求企业", "单位名称"));
    NEED_COLUMNS.put("title", List.of("需求名称", "需求标题", "标题", "技术需求", "需求"));
    NEED_COLUMNS.put("publicSummary", List.of("公开摘要", "需求摘要", "摘要"));
    NEED_COLUMNS.put("description", List.of("需求描述", "需求详情", "详细描述", "描述", "技术难题", "需求内容"));
    NEED_COLUMNS.put("privateDetail", List.of("保密细节", "保密信息", "内部细节", "不公开内容"));
    NEED_COLUMNS.put("nsfcCodes", DISCIPLINES);
    NEED_COLUMNS.put("industryCode", List.of("行业代码", "国民经济行业代码", "行业分类代码"));
    NEED_COLUMNS.put("cluster", List.of("产业集群", "集群", "所属集群"));
    NEED_COLUMNS.put("cooperationMode", List.of("合作方式", "合作形式"));
    NEED_COLUMNS.put("budgetMin", List.of("预算下限", "最低预算"));
    NEED_COLUMNS.put("budgetMax", List.of("预算上限", "最高预算", "预算", "预算金额"));
    NEED_COLUMNS.put("deadline", List.of("截止日期", "截止时间", "需求截止日期"));
    NEED_COLUMNS.put("regionPreference", List.of("地域偏好", "就近偏好", "地域要求"));
    NEED_COLUMNS.put("status", List.of("状态", "需求状态"));
  }
}
