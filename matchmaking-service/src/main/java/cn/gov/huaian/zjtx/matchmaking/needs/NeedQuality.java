package cn.gov.huaian.zjtx.matchmaking.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The intake gate of a technology need: is it concrete enough for an expert (and the ranker) to
 * judge? Six explainable checks on the need's own text — enough detail, a concrete problem, the
 * current state, key parameters (numbers with units), a target, and more than a vague wish to
 * cooperate — each with Chinese guidance and an example sentence in the poster's terms. The gate
 * never blocks: a need below the bar is published as 待完善 with its guidance. Thresholds are settings
 * ({@code zjtx.need-quality.*}); the word lists are here. Plain Java.
 */
public final class NeedQuality {
  /**
   * @param minPassed checks a need must pass to count as 合格 (of {@value #CHECKS})
   * @param minDetailChars characters of summary and description (letters and digits) below which a
   *     need says too little
   */
  public record Settings(int minPassed, int minDetailChars) {
    public static final Settings DEFAULT = new Settings(4, 40);
  }

  static final int CHECKS = 6;
  private static volatile Settings settings = Settings.DEFAULT;

  /** One check: what it looks for, whether the text has it, and what to add when not. */
  public record Check(String id, String label, boolean passed, String hint) {}

  /**
   * The gate's verdict: {@code status} PASSED (合格) or NEEDS_WORK (待完善), how many checks passed,
   * each check, and one paragraph of guidance (null when nothing is missing).
   */
  public record Report(
      String status,
      String statusName,
      int passed,
      int total,
      List<Check> checks,
      String guidance) {
    public boolean ok() {
      return "PASSED".equals(status);
    }
  }

  private NeedQuality() {}

  /** The settings in force (set once from configuration at start). */
  public static Settings settings() {
    return settings;
  }

  public static void configure(Settings s) {
    settings = s;
  }

  static final Pattern PROBLEM =
      Pattern.compile(
          "问题|故障|缺陷|不良|不足|不够|不稳定|不均|不一致|不合格|偏高|偏低|偏大|偏小|过高|过低|过大|过小|超标|超差|开裂|裂纹|变形|翘曲|起泡|鼓包|"
              + "渗漏|泄漏|漏水|漏气|腐蚀|生锈|磨损|噪声|噪音|振动|异响|异味|堵塞|结块|胀袋|发霉|变色|脱落|断裂|失效|报警|误报|漏检|卡顿|"
              + "瓶颈|难以|无法|困难|效率低|良品率|合格率|成品率|不良率|损耗|浪费|误差|精度|寿命短|能耗高|成本高|投诉|退货|返工|报废|缩痕|"
              + "毛刺|气泡|虚焊|短路|发热|温差|温升|衰减|污染|排放|依赖进口|卡脖子|需要|解决|突破|替代|国产化|改进|改善|优化|提高|降低|减少");
  static final Pattern CURRENT =
      Pattern.compile(
          "目前|现有|现在|现阶段|当前|现用|现行|已有|已经|已采用|采用|使用|用的|原来|原有|一直|尝试|试过|调过|做过|正在|"
              + "我们是|我们做|我们用|我们厂|我厂|我公司|本公司|主要是|靠|人工|手工|没有|只能|只有|一般|通常|平时|每天|每次|产线|生产线|工艺是|设备是");
  static final Pattern QUANTITY =
      Pattern.compile(
          "\\d+(?:\\.\\d+)?\\s*(?:%|％|℃|°C|度|mm|μm|um|nm|cm|米|m\\b|公里|km|kw|kW|kWh|千瓦|瓦|W\\b|V\\b|伏|A\\b|安|mA|Hz|赫兹|MPa|GPa|Pa|帕|"
              + "吨|t\\b|kg|公斤|千克|克|g\\b|升|L\\b|ml|毫升|小时|h\\b|分钟|min|秒|s\\b|天|个月|次|件|个|台|套|片|只|批|元|万元|万|亿|倍|ppm|dB|分贝|"
              + "rpm|转|层|道|头|μs|ms|mol|N\\b|牛|HRC|HV|目|级)");
  static final Pattern TARGET =
      Pattern.compile(
          "希望|要求|目标|期望|达到|提高到|提升到|降低到|降到|减少到|控制在|以内|以上|以下|不低于|不高于|不超过|不大于|不小于|缩短|延长|提升|提高|降低|减少|"
              + "解决|消除|避免|杜绝|满足|改善|改进|优化|实现|替代");
  static final Pattern VAGUE =
      Pattern.compile(
          "想找专家合作|寻求合作|寻找合作|找专家合作|需要技术支持|技术支持|技术合作|需要帮助|希望合作|产学研合作|欢迎联系|有意者|合作伙伴|请专家|找专家|想找专家|专家指导");

  /** The gate on a need's title, public summary and description, with the settings in force. */
  public static Report assess(String title, String summary, String description) {
    return assess(title, summary, description, settings);
  }

  public static Report assess(String title, String summary, String description, Settings s) {
    String body = join(summary, description);
    String all = join(title, body);
    int detailChars = letters(body);
    int vagueFree = letters(VAGUE.matcher(body).replaceAll(""));
    String subject = subject(title);
    var checks = new ArrayList<Check>();
    checks.add(
        new Check(
            "detail",
            "信息量足够（摘要与描述至少 " + s.minDetailChars() + " 字）",
            detailChars >= s.minDetailChars(),
            "内容太少，专家无法判断能否解决。请写清楚是什么产品或工序、遇到什么问题、做过哪些尝试。"));
    checks.add(
        new Check(
            "problem",
            "说明了具体问题或现象",
            PROBLEM.matcher(all).find(),
            "请写出具体的问题或现象，例如：“" + subject + "在批量生产中出现……，导致……”。"));
    checks.add(
        new Check(
            "currentState",
            "说明了现状（现在怎么做、做到什么程度）",
            CURRENT.matcher(body).find(),
            "请说明目前的做法和水平，例如：“目前采用……工艺（设备），……约为……”，以及已经试过哪些办法。"));
    checks.add(
        new Check(
            "parameters",
            "给出了关键参数（带单位的数字）",
            QUANTITY.matcher(all).find(),
            "请给出关键参数的现状与目标，例如：“" + example(all, subject) + "”（数字仅为示例，请填写实际情况）。"));
    checks.add(
        new Check(
            "target",
            "说明了希望达到的目标",
            TARGET.matcher(body).find(),
            "请写出希望达到的指标或效果，例如：“希望……提高到……以上”或“控制在……以内”。"));
    checks.add(
        new Check(
            "notVague",
            "不只是笼统的合作意向",
            !(VAGUE.matcher(body).find() && vagueFree < s.minDetailChars()),
            "“想找专家合作”之类的话说明不了需求。请直接写要解决的技术问题。"));
    int passed = (int) checks.stream().filter(Check::passed).count();
    boolean ok = passed >= s.minPassed();
    String guidance = null;
    if (passed < checks.size()) {
      var missing = checks.stream().filter(c -> !c.passed()).map(Check::hint).toList();
      guidance =
          (ok ? "需求可以匹配，补充以下内容会更准：" : "需求已发布，标为“待完善”；补充以下内容后匹配会更准：") + String.join("", missing);
    }
    return new Report(
        ok ? "PASSED" : "NEEDS_WORK",
        ok ? "合格" : "待完善",
        passed,
        checks.size(),
        List.copyOf(checks),
        guidance);
  }

  /**
   * An example sentence with parameters, in the terms of the need: the kind of figure its text
   * talks about (yield, temperature, energy, accuracy, life, speed, cost, noise, strength), else
   * yield.
   */
  static String example(String text, String subject) {
    String t = text == null ? "" : text;
    if (t.matches("(?s).*(温度|温差|温升|过热|发热).*")) {
      return "目前" + subject + "的温差约 8 ℃，希望控制在 3 ℃ 以内";
    }
    if (t.matches("(?s).*(能耗|电耗|耗电|能源|节能).*")) {
      return "目前单位产品能耗约 120 kWh/吨，希望降低 15% 以上";
    }
    if (t.matches("(?s).*(精度|误差|公差|尺寸|偏差).*")) {
      return "目前" + subject + "的加工误差约 ±0.05 mm，希望控制在 ±0.01 mm 以内";
    }
    if (t.matches("(?s).*(寿命|磨损|耐久|老化).*")) {
      return "目前" + subject + "的使用寿命约 2000 小时，希望延长到 5000 小时以上";
    }
    if (t.matches("(?s).*(效率|产能|节拍|速度|周期|产量).*")) {
      return "目前" + subject + "的节拍约 60 秒/件，希望缩短到 40 秒/件";
    }
    if (t.matches("(?s).*(成本|价格|费用).*")) {
      return "目前" + subject + "的单件成本约 12 元，希望降低 20%";
    }
    if (t.matches("(?s).*(噪声|噪音|振动|异响).*")) {
      return "目前" + subject + "运行噪声约 85 dB，希望降到 75 dB 以下";
    }
    if (t.matches("(?s).*(强度|硬度|韧性|刚度).*")) {
      return "目前" + subject + "的抗拉强度约 300 MPa，希望达到 400 MPa 以上";
    }
    return "目前" + subject + "的良品率约 92%，希望提高到 97% 以上";
  }

  /**
   * The need's subject for example sentences: its title without a trailing 需求/合作/项目 word, when the
   * title names a thing (短, no problem words); else 产品.
   */
  static String subject(String title) {
    if (title == null || title.isBlank()) {
      return "产品";
    }
    String s = title.strip().replaceAll("(的)?(技术)?(需求|合作|项目|难题|攻关|研发|开发)$", "");
    if (s.isBlank() || s.codePointCount(0, s.length()) > 12 || PROBLEM.matcher(s).find()) {
      return "产品";
    }
    return s;
  }

  private static String join(String... parts) {
    var sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        sb.append(p.strip()).append('\n');
      }
    }
    return sb.toString();
  }

  private static int letters(String s) {
    return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
  }
}
