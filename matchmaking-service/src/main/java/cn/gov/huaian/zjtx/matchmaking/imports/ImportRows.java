package cn.gov.huaian.zjtx.matchmaking.imports;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.experts.ExpertRequest;
import cn.gov.huaian.zjtx.matchmaking.experts.ExpertRules;
import cn.gov.huaian.zjtx.matchmaking.experts.ResearchTeam;
import cn.gov.huaian.zjtx.matchmaking.experts.TeamRequest;
import cn.gov.huaian.zjtx.matchmaking.experts.TeamRules;
import cn.gov.huaian.zjtx.matchmaking.experts.University;
import cn.gov.huaian.zjtx.matchmaking.experts.UniversityRequest;
import cn.gov.huaian.zjtx.matchmaking.experts.UniversityRules;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeedRequest;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeedRules;
import cn.gov.huaian.zjtx.platform.imports.CellDates;
import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One import row read into the request the API would take, checked with the API's own rules ({@link
 * UniversityRules}, {@link TeamRules}, {@link ExpertRules}, {@link TechNeedRules}) and each problem
 * named by the file's column. Fields a loader cannot know get defaults, and each default is said:
 * an achievement's type is inferred from its title, a need's public summary is the start of its
 * description, a Jiangsu city's province is 江苏省. Plain Java.
 */
public final class ImportRows {
  /** The pseudo-field of a JSON line that could not be read. */
  static final String UNREADABLE = "__unreadable";

  static final Set<String> JIANGSU_CITIES =
      Set.of("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁");
  static final Set<String> MUNICIPALITIES = Set.of("北京", "上海", "天津", "重庆");
  static final int SUMMARY_DEFAULT_MAX = 200;

  private ImportRows() {}

  /** A problem of a row: the column as the file names it (null for the row as a whole). */
  public record RowError(String column, String message) {}

  /** A row read: the value, or the errors; and the defaults that filled what it did not say. */
  public record Parsed<T>(T value, List<RowError> errors, List<String> defaults) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  public record UniversityRow(UniversityRequest university) {}

  public record TeamRow(String university, TeamRequest team, String leader) {}

  public record ExpertRow(String university, String team, ExpertRequest expert) {}

  /** The enterprise a need row names: by platform id, 统一社会信用代码 or exact name. */
  public record EnterpriseRef(UUID id, String creditCode, String name) {
    public String describe() {
      return id != null
          ? "企业编号 " + id
          : creditCode != null ? "统一社会信用代码 " + creditCode : "企业“" + name + "”";
    }
  }

  public record NeedRow(EnterpriseRef enterprise, TechNeedRequest need) {}

  /** Collects a row's errors and defaults while its cells are read. */
  static final class Reader {
    final ImportFile.Row row;
    final ImportFile.Table table;
    final List<RowError> errors = new ArrayList<>();
    final List<String> defaults = new ArrayList<>();

    Reader(ImportFile.Row row, ImportFile.Table table) {
      this.row = row;
      this.table = table;
      Object unreadable = row.values().get(UNREADABLE);
      if (unreadable != null) {
        errors.add(new RowError(null, unreadable.toString()));
      }
    }

    String column(String field) {
      return table.header(field);
    }

    void error(String field, String message) {
      errors.add(new RowError(field == null ? null : column(field), message));
    }

    String text(String field) {
      Object v = row.values().get(field);
      if (v == null) {
        return null;
      }
      if (v instanceof List<?> list) {
        v = String.join("；", list.stream().map(String::valueOf).toList());
      } else if (v instanceof Map<?, ?>) {
        error(field, "应为文本，不能是对象");
        return null;
      }
      String s = v.toString().strip();
      return s.isEmpty() ? null : s;
    }

    List<String> list(String field, String separators) {
      Object v = row.values().get(field);
      if (v == null) {
        return null;
      }
      var out = new ArrayList<String>();
      if (v instanceof List<?> list) {
        list.stream()
            .map(String::valueOf)
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .forEach(out::add);
      } else {
        for (String part : v.toString().split(separators)) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
      return out.isEmpty() ? null : out;
    }

    Integer whole(String field) {
      String t = text(field);
      if (t == null) {
        return null;
      }
      try {
        return new BigDecimal(t).stripTrailingZeros().intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        error(field, "“" + t + "”应为整数");
        return null;
      }
    }

    Boolean yesNo(String field) {
      Object v = row.values().get(field);
      if (v instanceof Boolean b) {
        return b;
      }
      String t = text(field);
      if (t == null) {
        return null;
      }
      return switch (t.toLowerCase(java.util.Locale.ROOT)) {
        case "是", "愿意", "同意", "true", "yes", "y", "1", "√", "✓" -> true;
        case "否", "不愿意", "不同意", "false", "no", "n", "0", "×", "✗" -> false;
        default -> {
          error(field, "“" + t + "”应为“是”或“否”");
          yield null;
        }
      };
    }

    BigDecimal money(String field) {
      String t = text(field);
      if (t == null) {
        return null;
      }
      String n = t.replace(",", "").replace("，", "").replace(" ", "").replace("元", "");
      long unit = table.yuanPer().getOrDefault(field, 1L);
      if (n.endsWith("万")) {
        n = n.substring(0, n.length() - 1);
        unit = 10_000;
      }
      try {
        return new BigDecimal(n)
            .multiply(BigDecimal.valueOf(unit))
            .setScale(2, RoundingMode.HALF_UP)
            .stripTrailingZeros();
      } catch (NumberFormatException e) {
        error(field, "“" + t + "”不是金额（元；列名写“（万元）”时按万元）");
        return null;
      }
    }

    LocalDate date(String field) {
      String t = text(field);
      if (t == null) {
        return null;
      }
      try {
        return CellDates.read(t, "2026-06-30");
      } catch (CellDates.NotADate e) {
        error(field, e.getMessage());
        return null;
      }
    }

    UUID uuid(String field) {
      String t = text(field);
      if (t == null) {
        return null;
      }
      try {
        return UUID.fromString(t);
      } catch (IllegalArgumentException e) {
        error(field, "“" + t + "”不是平台的企业编号（UUID）");
        return null;
      }
    }

    <T> Parsed<T> done(T value) {
      return errors.isEmpty()
          ? new Parsed<>(value, List.of(), List.copyOf(defaults))
          : new Parsed<>(null, List.copyOf(errors), List.copyOf(defaults));
    }

    /** Runs the API's rules; their violations become this row's errors, by column. */
    void check(Runnable rules) {
      try {
        rules.run();
      } catch (ProblemException p) {
        for (Problem.Violation v : p.violations()) {
          String field = v.field();
          int cut = field.indexOf('[');
          String base = cut < 0 ? field : field.substring(0, cut);
          errors.add(new RowError(column(base), v.message()));
        }
      }
    }
  }

  /** Separators of list cells: ；;，,、 and line breaks (and spaces for codes). */
  static final String LIST = "[;；,，、\\n\\r]+";

  static final String CODES = "[;；,，、\\s]+";

  public static Parsed<UniversityRow> university(ImportFile.Row row, ImportFile.Table table) {
    var r = new Reader(row, table);
    String name = r.text("name");
    String city = r.text("city");
    String province = r.text("province");
    if (province == null && city != null) {
      String bare = city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
      if (JIANGSU_CITIES.contains(bare)) {
        province = "江苏省";
        r.defaults.add("所在省份未填，按城市“" + city + "”填为江苏省");
      } else if (MUNICIPALITIES.contains(bare)) {
        province = bare + "市";
        r.defaults.add("所在省份未填，直辖市填为" + province);
      }
    }
    var request = new UniversityRequest(name, city, province);
    r.check(() -> UniversityRules.apply(request, new University()));
    return r.done(new UniversityRow(request));
  }

  public static Parsed<TeamRow> team(ImportFile.Row row, ImportFile.Table table) {
    var r = new Reader(row, table);
    String university = r.text("university");
    if (university == null) {
      r.error("university", "所属高校不能为空");
    }
    var request =
        new TeamRequest(r.text("name"), r.text("description"), null, r.list("disciplines", CODES));
    r.check(() -> TeamRules.apply(request, new ResearchTeam(), id -> true));
    return r.done(new TeamRow(university, request, r.text("leader")));
  }

  public static Parsed<ExpertRow> expert(ImportFile.Row row, ImportFile.Table table) {
    var r = new Reader(row, table);
    String university = r.text("university");
    if (university == null) {
      r.error("university", "所属高校不能为空");
    }
    var request =
        new ExpertRequest(
            null,
            null,
            r.text("name"),
            r.text("college"),
            r.text("title"),
            r.text("researchDirections"),
            r.list("disciplines", CODES),
            r.list("clusters", LIST),
            achievements(r),
            r.whole("capacity"),
            r.yesNo("willingVicePresident"),
            r.text("industryExperience"));
    r.check(() -> ExpertRules.apply(request, new Expert()));
    return r.done(new ExpertRow(university, r.text("team"), request));
  }

  public static Parsed<NeedRow> need(ImportFile.Row row, ImportFile.Table table, LocalDate today) {
    var r = new Reader(row, table);
    UUID id = r.uuid("enterpriseId");
    String creditCode = r.text("creditCode");
    if (creditCode != null) {
      creditCode = creditCode.toUpperCase(java.util.Locale.ROOT);
      if (!creditCode.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
        r.error("creditCode", "统一社会信用代码应为 18 位数字或大写字母");
      }
    }
    String enterpriseName = r.text("enterpriseName");
    if (id == null && creditCode == null && enterpriseName == null && r.errors.isEmpty()) {
      r.error(null, "须填写企业编号、统一社会信用代码或企业名称之一");
    }
    String title = r.text("title");
    String description = r.text("description");
    String summary = r.text("publicSummary");
    if (summary == null) {
      summary = summaryOf(description, title);
      if (summary != null) {
        r.defaults.add(description == null ? "公开摘要未填，暂用需求名称" : "公开摘要未填，取需求描述的开头（公开可见，请核对）");
      }
    }
    LocalDate deadline = r.date("deadline");
    var request =
        new TechNeedRequest(
            null,
            title,
            summary,
            description,
            r.text("privateDetail"),
            r.list("nsfcCodes", CODES),
            r.text("industryCode"),
            r.text("cluster"),
            r.text("cooperationMode"),
            r.money("budgetMin"),
            r.money("budgetMax"),
            deadline,
            r.text("regionPreference"),
            r.text("status"),
            null); // an imported need was not recorded on a visit
    // The deadline's "not before today" is checked where the need is written (an unchanged past
    // deadline of a need imported before is not an error).
    var scratch = new TechNeed();
    scratch.deadline = deadline;
    r.check(() -> TechNeedRules.apply(request, scratch, today));
    return r.done(new NeedRow(new EnterpriseRef(id, creditCode, enterpriseName), request));
  }

  /**
   * A public summary for a need that has none: the description's first sentences up to {@value
   * #SUMMARY_DEFAULT_MAX} characters, else the title.
   */
  static String summaryOf(String description, String title) {
    if (description == null || description.isBlank()) {
      return title;
    }
    String d = description.strip();
    var out = new StringBuilder();
    for (String sentence : d.split("(?<=[。！？!?；;\\n])")) {
      if (out.length() + sentence.length() > SUMMARY_DEFAULT_MAX) {
        break;
      }
      out.append(sentence);
      if (out.length() >= 30) {
        break;
      }
    }
    if (out.isEmpty()) {
      int end =
          d.offsetByCodePoints(
              0, Math.min(d.codePointCount(0, d.length()), SUMMARY_DEFAULT_MAX - 1));
      return d.substring(0, end) + "…";
    }
    return out.toString().strip();
  }

  private static final Pattern KIND_PREFIX =
      Pattern.compile("^\\s*[\\[【(（]?(论文|专利|项目|奖励|标准)[\\]】)）]?\\s*[:：、\\-—]?\\s*(.+)$");
  private static final Pattern YEAR =
      Pattern.compile("^(.*?)[\\s,，]*[(（]?((?:19|20)\\d{2})(?:年)?[)）]?\\s*$");

  /**
   * Achievements from a cell ("专利：一种…（2021）；论文：…") or from JSON (objects with kind, title, year, or
   * plain titles). A missing type is inferred from the title ({@link #kindOf}).
   */
  static List<Expert.Achievement> achievements(Reader r) {
    Object v = r.row.values().get("achievements");
    if (v == null) {
      return null;
    }
    List<Object> items = new ArrayList<>();
    if (v instanceof List<?> list) {
      items.addAll(list);
    } else {
      for (String part : v.toString().split("[;；\\n\\r]+")) {
        if (!part.isBlank()) {
          items.add(part.strip());
        }
      }
    }
    var out = new ArrayList<Expert.Achievement>();
    int inferred = 0;
    for (Object item : items) {
      String kind = null;
      String title;
      Integer year = null;
      if (item instanceof Map<?, ?> m) {
        kind = m.get("kind") == null ? null : m.get("kind").toString().strip();
        title = m.get("title") == null ? null : m.get("title").toString().strip();
        Object y = m.get("year");
        if (y != null && !y.toString().isBlank()) {
          try {
            year = new BigDecimal(y.toString()).intValueExact();
          } catch (ArithmeticException | NumberFormatException e) {
            r.error("achievements", "成果年份“" + y + "”应为整数");
          }
        }
      } else {
        String text = String.valueOf(item).strip();
        Matcher k = KIND_PREFIX.matcher(text);
        if (k.matches()) {
          kind = k.group(1);
          text = k.group(2).strip();
        }
        Matcher y = YEAR.matcher(text);
        if (y.matches() && !y.group(1).isBlank()) {
          text = y.group(1).strip();
          year = Integer.parseInt(y.group(2));
        }
        title = text;
      }
      if (kind == null || kind.isEmpty()) {
        kind = kindOf(title);
        inferred++;
      }
      out.add(new Expert.Achievement(kind, title, year));
    }
    if (inferred > 0) {
      r.defaults.add(inferred + " 项成果未填类型，已按名称推断（专利、标准、奖励、项目，其余为论文）");
    }
    return out;
  }

  /**
   * The type of an achievement by its title: 专利 (专利, ZL number, or a title starting “一种”, the form
   * of a Chinese patent title), 标准 (标准, GB/T), 奖励 (奖), 项目 (项目, 基金, 课题, 计划), else 论文.
   */
  static String kindOf(String title) {
    if (title == null) {
      return "论文";
    }
    String t = title.strip();
    if (t.contains("专利") || t.matches("(?i).*\\bZL\\s*\\d.*") || t.startsWith("一种")) {
      return "专利";
    }
    if (t.contains("标准") || t.matches("(?i).*\\bGB\\s*/?\\s*T?\\s*\\d.*")) {
      return "标准";
    }
    if (t.contains("奖")) {
      return "奖励";
    }
    if (t.contains("项目") || t.contains("基金") || t.contains("课题") || t.contains("计划")) {
      return "项目";
    }
    return "论文";
  }
}
