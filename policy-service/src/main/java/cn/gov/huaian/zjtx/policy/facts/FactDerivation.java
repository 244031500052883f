package cn.gov.huaian.zjtx.policy.facts;

import static cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts.TIER_CHAMPION;
import static cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts.TIER_INNOVATIVE;
import static cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts.TIER_LITTLE_GIANT;
import static cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts.TIER_PROVINCIAL;

import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.DateValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextValue;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * 事实推导：turns an enterprise snapshot (the {@code data} of {@code enterprise.changed}) into fact
 * values in the rule engine's vocabulary. Pure: no framework, so it reads as the mapping.
 *
 * <p>Ratios arrive as fractions (0.0312) and the catalogue speaks percent (3.12). A figure the
 * snapshot does not carry stays absent, i.e. UNKNOWN to the rules, never zero or false. Sets that
 * the snapshot always carries in full (tiers, qualifications, pools) are known, possibly empty.
 */
public final class FactDerivation {
  static final Map<String, String> TIERS =
      Map.of(
          "innovative-sme", TIER_INNOVATIVE,
          "srdi-sme", TIER_PROVINCIAL,
          "little-giant", TIER_LITTLE_GIANT,
          "single-champion", TIER_CHAMPION);

  /** The registry's tier kinds by the prefix of their date facts ({@code <prefix>_valid_until}). */
  static final Map<String, String> TIER_FACT_PREFIXES =
      Map.of(
          "innovative-sme", "innovative_sme",
          "srdi-sme", "srdi_sme",
          "little-giant", "little_giant",
          "single-champion", "champion");

  static final Map<String, String> LEVELS =
      Map.of("national", "国家级", "provincial", "省级", "municipal", "市级");

  static final Map<String, String> CLUSTERS =
      Map.of(
          "intelligent-equipment", "智能装备及新能源",
          "nev", "新能源汽车及零部件",
          "fiber-materials", "纤维新材料",
          "chemical-materials", "化工新材料",
          "pcb-electronics", "PCB电子元器件",
          "green-food", "绿色食品",
          "biomedicine", "生物技术及新医药",
          "ai", "人工智能",
          "ic", "集成电路",
          "digital", "新兴数字产业");

  static final Map<String, String> POOLS =
      Map.of(
          "high-tech", "高新技术企业库",
          "listing", "上市企业培育库",
          "tech-center", "市级以上企业技术中心库",
          "unicorn", "独角兽企业库",
          "chain-leader", "产业链龙头企业库");

  private FactDerivation() {}

  /** Fact values by name as of today in 淮安, sorted so equal snapshots give byte-equal JSON. */
  public static Map<String, FactValue> derive(JsonNode data) {
    return derive(data, ReadModel.today());
  }

  /**
   * Fact values as of {@code day}: the award windows ("近三年") are counted back from it ({@link
   * Awards}).
   */
  public static Map<String, FactValue> derive(JsonNode data, LocalDate day) {
    Map<String, FactValue> facts = new TreeMap<>();
    profile(data, facts);
    holdings(data, day, facts);
    figures(data, facts);
    return facts;
  }

  private static void profile(JsonNode data, Map<String, FactValue> facts) {
    text(data, "districtCode")
        .filter(StandardFacts.DISTRICTS::contains)
        .ifPresent(d -> facts.put("district", new TextValue(d)));
    text(data, "cluster").map(CLUSTERS::get).ifPresent(c -> facts.put("cluster", new TextValue(c)));
    text(data, "industryCode").ifPresent(c -> facts.put("industry_code", new TextValue(c)));
    text(data, "industryCode")
        .flatMap(FactDerivation::section)
        .ifPresent(s -> facts.put("industry_section", new TextValue(s)));
    text(data, "industryCode")
        .flatMap(FactDerivation::division)
        .ifPresent(d -> facts.put("industry_division", new TextValue(d)));
    text(data, "foundedOn")
        .map(LocalDate::parse)
        .ifPresent(d -> facts.put("founded_on", new DateValue(d)));
    number(data, "nicheYears").ifPresent(n -> facts.put("years_in_niche", num(n)));
  }

  private static void holdings(JsonNode data, LocalDate day, Map<String, FactValue> facts) {
    Set<String> tiers = new LinkedHashSet<>();
    Set<String> qualifications = new LinkedHashSet<>();
    for (JsonNode q : data.path("qualifications")) {
      String kind = q.path("kind").asText("");
      String level = q.path("level").asText("");
      Optional.ofNullable(TIERS.get(kind)).ifPresent(tiers::add);
      switch (kind) {
        case "high-tech" -> qualifications.add("高新技术企业");
        case "jiangsu-boutique" -> qualifications.add("江苏精品");
        case "smart-workshop" -> qualifications.add("智能车间");
        case "smart-factory" -> qualifications.add("智能制造示范工厂");
        case "ip-standard" -> qualifications.add("知识产权管理规范认证");
        case "tech-sme" -> qualifications.add("科技型中小企业");
        case "ic-machine-tool-list" -> qualifications.add("集成电路或工业母机企业清单");
        // The evaluation standards and the 保险补偿 name the national titles and catalogue only.
        case "tech-innovation-demo" -> ifNational(level, "国家级技术创新示范企业", qualifications);
        case "ip-advantage" -> ifNational(level, "知识产权优势企业", qualifications);
        case "ip-demo" -> ifNational(level, "知识产权示范企业", qualifications);
        case "first-set" -> ifNational(level, "首台（套）重大技术装备", qualifications);
        case "rd-institution", "tech-center" -> {
          // An enterprise technology centre is an R&D institution of its issuing level; any
          // certified one is 自建或联合 (the registry records the firm's own or joint ones).
          qualifications.add("自建或联合研发机构");
          if (level.equals("municipal") || level.equals("provincial") || level.equals("national")) {
            qualifications.add("市级以上研发机构");
          }
          if (level.equals("provincial") || level.equals("national")) {
            qualifications.add("省级以上研发机构");
            qualifications.add("省部级以上研发机构");
          }
        }
        default -> {}
      }
    }
    qualifications.addAll(Awards.of(data.path("qualifications"), day));
    text(data, "tier").map(TIERS::get).ifPresent(tiers::add);
    facts.put("tiers_held", new TextSetValue(tiers));
    certificates(data, facts);
    facts.put("qualifications", new TextSetValue(qualifications));
    Set<String> pools = new LinkedHashSet<>();
    for (JsonNode pool : data.path("pools")) {
      Optional.ofNullable(POOLS.get(pool.asText())).ifPresent(pools::add);
    }
    facts.put("pools", new TextSetValue(pools));
  }

  private static void ifNational(String level, String value, Set<String> qualifications) {
    if (level.equals("national")) {
      qualifications.add(value);
    }
  }

  /**
   * Each tier certificate's level and dates: the title with its level ("省级专精特新中小企业"), the first
   * certification (earliest of the kind, expired ones included, as the registry reports it) and the
   * end of validity (the review date). A tier not held has no dates: absent, so a rule pairs a date
   * test with "holds the tier" and gets FALSE, not UNKNOWN, for non-holders.
   */
  private static void certificates(JsonNode data, Map<String, FactValue> facts) {
    Set<String> titles = new LinkedHashSet<>();
    for (JsonNode q : data.path("qualifications")) {
      String kind = q.path("kind").asText("");
      String tier = TIERS.get(kind);
      if (tier == null) {
        continue;
      }
      Optional.ofNullable(LEVELS.get(q.path("level").asText("")))
          .ifPresent(l -> titles.add(l + tier));
      String code = TIER_FACT_PREFIXES.get(kind);
      text(q, "firstGrantedOn")
          .or(() -> text(q, "grantedOn"))
          .map(LocalDate::parse)
          .ifPresent(
              d ->
                  facts.merge(
                      code + "_first_certified_on", new DateValue(d), FactDerivation::earlier));
      text(q, "reviewOn")
          .map(LocalDate::parse)
          .ifPresent(
              d -> facts.merge(code + "_valid_until", new DateValue(d), FactDerivation::later));
    }
    facts.put("tier_titles", new TextSetValue(titles));
  }

  private static FactValue earlier(FactValue a, FactValue b) {
    return ((DateValue) a).value().isAfter(((DateValue) b).value()) ? b : a;
  }

  private static FactValue later(FactValue a, FactValue b) {
    return ((DateValue) a).value().isBefore(((DateValue) b).value()) ? b : a;
  }

  private static void figures(JsonNode data, Map<String, FactValue> facts) {
    Map<Integer, JsonNode> byYear = new LinkedHashMap<>();
    for (JsonNode year : data.path("figures")) {
      byYear.put(year.path("year").asInt(), year);
    }
    JsonNode derived = data.path("latestDerived");
    int latestYear =
        derived.hasNonNull("year")
            ? derived.get("year").asInt()
            : byYear.keySet().stream().mapToInt(Integer::intValue).max().orElse(Integer.MIN_VALUE);
    JsonNode last = byYear.get(latestYear);
    JsonNode prev = byYear.get(latestYear - 1);
    if (last == null) {
      return;
    }
    number(last, "revenue").ifPresent(v -> facts.put("revenue", num(v)));
    number(last, "rdSpending").ifPresent(v -> facts.put("rd_spending", num(v)));
    number(last, "totalStaff").ifPresent(v -> facts.put("employees", num(v)));
    number(last, "inventionPatents").ifPresent(v -> facts.put("invention_patents", num(v)));
    number(last, "ipClass1").ifPresent(v -> facts.put("ip_class1", num(v)));
    number(last, "ipClass2").ifPresent(v -> facts.put("ip_class2", num(v)));
    number(last, "cncRate").ifPresent(v -> facts.put("cnc_rate", num(v)));
    percent(derived, "rdRatio").ifPresent(v -> facts.put("rd_ratio", num(v)));
    percent(derived, "mainBusinessShare").ifPresent(v -> facts.put("main_business_share", num(v)));
    percent(derived, "rdStaffShare").ifPresent(v -> facts.put("rd_staff_ratio", num(v)));
    percent(derived, "debtRatio").ifPresent(v -> facts.put("debt_ratio", num(v)));
    percent(derived, "mainRevenueGrowth").ifPresent(v -> facts.put("revenue_growth", num(v)));
    percent(derived, "twoYearAvgMainRevenueGrowth")
        .ifPresent(v -> facts.put("revenue_growth_avg2", num(v)));
    percent(derived, "twoYearAvgRdRatio").ifPresent(v -> facts.put("rd_ratio_avg2", num(v)));
    number(derived, "twoYearAvgRdSpending").ifPresent(v -> facts.put("rd_spending_avg2", num(v)));
    taxAndCertificationFacts(last, facts);
    threeYearRdRatio(byYear, latestYear, foundedYear(data))
        .ifPresent(v -> facts.put("rd_ratio_3y", num(v)));
    if (prev != null) {
      sum(last, prev, "rdSpending").ifPresent(v -> facts.put("rd_spending_2y", num(v)));
      sum(last, prev, "newEquityFinancing")
          .ifPresent(v -> facts.put("equity_financing_2y", num(v)));
      Optional<BigDecimal> prevRd = number(prev, "rdSpending");
      prevRd.ifPresent(v -> facts.put("rd_spending_prev", num(v)));
      Optional<BigDecimal> prevRevenue = number(prev, "revenue").filter(r -> r.signum() > 0);
      if (prevRd.isPresent() && prevRevenue.isPresent()) {
        facts.put("rd_ratio_prev", num(percentOf(prevRd.get(), prevRevenue.get())));
      }
    }
  }

  /**
   * The figures the tax preferences and the 高新技术企业 / 科技型中小企业 evaluations ask for, from the latest
   * year: amounts as entered, shares as percent of their whole (unknown when either is).
   */
  private static void taxAndCertificationFacts(JsonNode last, Map<String, FactValue> facts) {
    number(last, "totalAssets").ifPresent(v -> facts.put("total_assets", num(v)));
    number(last, "taxableIncome").ifPresent(v -> facts.put("taxable_income", num(v)));
    share(last, "techStaff", "totalStaff").ifPresent(v -> facts.put("tech_staff_ratio", num(v)));
    share(last, "highTechRevenue", "revenue")
        .ifPresent(v -> facts.put("high_tech_revenue_share", num(v)));
    share(last, "domesticRdSpending", "rdSpending")
        .ifPresent(v -> facts.put("domestic_rd_share", num(v)));
    share(last, "rdSpending", "totalCosts").ifPresent(v -> facts.put("rd_ratio_of_cost", num(v)));
  }

  /**
   * 近三个会计年度研发费用总额占同期销售收入总额的比例 (高新技术企业认定管理办法 第十一条), in percent: the sums over the latest year and
   * the two before it; a firm founded within those years counts the years it existed. Unknown when
   * a year it existed lacks either figure.
   */
  static Optional<BigDecimal> threeYearRdRatio(
      Map<Integer, JsonNode> byYear, int latestYear, Optional<Integer> foundedYear) {
    BigDecimal rd = BigDecimal.ZERO;
    BigDecimal revenue = BigDecimal.ZERO;
    int from = Math.max(latestYear - 2, foundedYear.orElse(Integer.MIN_VALUE));
    for (int y = from; y <= latestYear; y++) {
      JsonNode year = byYear.get(y);
      Optional<BigDecimal> r = year == null ? Optional.empty() : number(year, "rdSpending");
      Optional<BigDecimal> s = year == null ? Optional.empty() : number(year, "revenue");
      if (r.isEmpty() || s.isEmpty()) {
        return Optional.empty();
      }
      rd = rd.add(r.get());
      revenue = revenue.add(s.get());
    }
    return revenue.signum() > 0 ? Optional.of(percentOf(rd, revenue)) : Optional.empty();
  }

  private static Optional<Integer> foundedYear(JsonNode data) {
    return text(data, "foundedOn").map(d -> Integer.parseInt(d.substring(0, 4)));
  }

  /** {@code part} as percent of {@code whole} in one year's figures, when both are known. */
  private static Optional<BigDecimal> share(JsonNode year, String part, String whole) {
    Optional<BigDecimal> p = number(year, part);
    Optional<BigDecimal> w = number(year, whole).filter(v -> v.signum() > 0);
    return p.isPresent() && w.isPresent()
        ? Optional.of(percentOf(p.get(), w.get()))
        : Optional.empty();
  }

  private static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
  }

  /** GB/T 4754-2017 divisions (the first two digits of a class code) by section letter. */
  private static final int[][] SECTIONS = {
    {1, 5}, {6, 12}, {13, 43}, {44, 46}, {47, 50}, {51, 52}, {53, 60}, {61, 62}, {63, 65},
    {66, 69}, {70, 70}, {71, 72}, {73, 75}, {76, 79}, {80, 82}, {83, 83}, {84, 85}, {86, 90},
    {91, 96}, {97, 97}
  };

  /** The section letter (C = 制造业) of a GB/T 4754 code such as "3982" or "C3982". */
  static Optional<String> section(String code) {
    String c = code.strip();
    if (!c.isEmpty() && c.charAt(0) >= 'A' && c.charAt(0) <= 'T') {
      return Optional.of(c.substring(0, 1));
    }
    if (c.length() < 2 || !Character.isDigit(c.charAt(0)) || !Character.isDigit(c.charAt(1))) {
      return Optional.empty();
    }
    int division = Integer.parseInt(c.substring(0, 2));
    for (int i = 0; i < SECTIONS.length; i++) {
      if (division >= SECTIONS[i][0] && division <= SECTIONS[i][1]) {
        return Optional.of(String.valueOf((char) ('A' + i)));
      }
    }
    return Optional.empty();
  }

  /**
   * The 大类 (two-digit division) of a GB/T 4754 code written with or without its 门类 letter: "3982"
   * and "C3982" are both 39.
   */
  static Optional<String> division(String code) {
    String c = code.strip();
    String digits = !c.isEmpty() && Character.isLetter(c.charAt(0)) ? c.substring(1) : c;
    if (digits.length() < 2
        || !Character.isDigit(digits.charAt(0))
        || !Character.isDigit(digits.charAt(1))) {
      return Optional.empty();
    }
    String division = digits.substring(0, 2);
    return StandardFacts.INDUSTRY_DIVISIONS.contains(division)
        ? Optional.of(division)
        : Optional.empty();
  }

  private static Optional<BigDecimal> sum(JsonNode a, JsonNode b, String field) {
    Optional<BigDecimal> x = number(a, field);
    Optional<BigDecimal> y = number(b, field);
    return x.isPresent() && y.isPresent() ? Optional.of(x.get().add(y.get())) : Optional.empty();
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank()
        ? Optional.empty()
        : Optional.of(value.asText());
  }

  private static Optional<BigDecimal> number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isNumber()
        ? Optional.empty()
        : Optional.of(value.decimalValue());
  }

  /** A fraction (0.0312) as percent (3.12), to the hundredth of a percent. */
  private static Optional<BigDecimal> percent(JsonNode node, String field) {
    return number(node, field).map(f -> f.movePointRight(2).setScale(2, RoundingMode.HALF_UP));
  }

  private static NumberValue num(BigDecimal value) {
    return new NumberValue(value.doubleValue());
  }
}
