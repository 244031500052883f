package cn.gov.huaian.zjtx.policy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.RuleEngine;
import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.engine.RuleCompiler;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.FactType;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.json.NaiveInterpreter;
import cn.gov.huaian.zjtx.policy.rules.json.RuleJsonReader;
import cn.gov.huaian.zjtx.policy.rules.validation.Validated;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * 政策目录数据文件检查：every file of {@code catalog/programs} is valid JSON with the fields the catalogue
 * promises (id, category, region, period, a source with its 文号), every amount cites its clause, and
 * the rules inside are accepted by today's rule reader — against the standard fact catalogue when
 * the program needs nothing new, against the catalogue plus the facts it declares in {@code
 * newFacts}/{@code newVocabulary} otherwise (those are the extensions listed in EXTENSIONS.md).
 * Plain JUnit: no Quarkus, no database.
 */
class CatalogFilesTest {
  private static final Path DIR = Path.of("src/main/resources/catalog");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  /**
   * The fields today's ProgramReading accepts; everything else in a file is a catalogue extension.
   */
  private static final Set<String> ENGINE_FIELDS =
      Set.of(
          "id",
          "title",
          "version",
          "source",
          "kind",
          "category",
          "description",
          "eligibility",
          "benefit",
          "exclusiveGroup");

  private static final Set<String> EXTENSION_FIELDS =
      Set.of(
          "versionOf",
          "region",
          "status",
          "period",
          "citation",
          "clauseText",
          "application",
          "materials",
          "manualChecks",
          "benefitKind",
          "benefitText",
          "benefitClause",
          "exemptApplication",
          "scoreTables",
          "taxEffect",
          "holding",
          "transition",
          "linkedPrograms",
          "newFacts",
          "newVocabulary",
          "verification");

  private static final List<String> CATEGORIES =
      List.of("产业", "税费", "投资", "融资", "奖励", "补贴", "创业", "创新", "人才");
  private static final Set<String> REGION_LEVELS =
      Set.of("national", "province", "city", "district");
  private static final Set<String> BENEFIT_KINDS = Set.of("现金奖补", "税收优惠", "认定类", "非货币", "融资支持");

  private record Entry(Path path, JsonNode json) {}

  private static List<Entry> programs() {
    try (Stream<Path> files = Files.list(DIR.resolve("programs"))) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .map(p -> new Entry(p, readTree(p)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readTree(Path path) {
    try {
      return MAPPER.readTree(Files.readString(path));
    } catch (IOException e) {
      throw new AssertionError(path + " 不是合法的 JSON：" + e.getMessage(), e);
    }
  }

  @Test
  void at_least_forty_programs_with_unique_ids_named_after_their_files() {
    List<Entry> all = programs();
    assertThat(all.size()).as("目录项目数").isGreaterThanOrEqualTo(40);
    Set<String> ids = new HashSet<>();
    for (Entry e : all) {
      String id = e.json().path("id").asText();
      assertThat(ids.add(id)).as("重复的 id：" + id).isTrue();
      assertThat(e.path().getFileName().toString()).isEqualTo(id + ".json");
    }
  }

  @Test
  void the_index_lists_exactly_the_program_files() throws IOException {
    // A jar cannot be listed reliably, so a loader reads catalog/index.txt (as SeedPrograms names
    // its files).
    List<String> index =
        Files.readAllLines(DIR.resolve("index.txt")).stream().filter(l -> !l.isBlank()).toList();
    List<String> files = programs().stream().map(e -> e.path().getFileName().toString()).toList();
    assertThat(index).containsExactlyElementsOf(files);
  }

  @Test
  void every_program_has_the_fields_the_catalogue_promises() {
    for (Entry e : programs()) {
      JsonNode p = e.json();
      String at = e.path().getFileName().toString();
      assertThat(p.path("title").asText()).as(at + " title").isNotBlank();
      assertThat(p.path("kind").asText()).as(at + " kind").isIn("POLICY", "CERTIFICATION");
      assertThat(p.path("category").asText()).as(at + " category").isIn(CATEGORIES);
      assertThat(p.path("region").path("level").asText())
          .as(at + " region.level")
          .isIn(REGION_LEVELS);
      assertThat(p.path("region").path("name").asText()).as(at + " region.name").isNotBlank();
      assertThat(p.path("status").asText()).as(at + " status").isIn("in_force", "history");
      assertThat(p.path("source").asText()).as(at + " source").isNotBlank();
      assertThat(p.path("clauseText").asText()).as(at + " clauseText").isNotBlank();
      assertThat(p.path("benefitText").asText()).as(at + " benefitText").isNotBlank();
      assertThat(p.path("benefitKind").asText()).as(at + " benefitKind").isIn(BENEFIT_KINDS);

      JsonNode citation = p.path("citation");
      assertThat(citation.path("issuer").asText()).as(at + " citation.issuer").isNotBlank();
      assertThat(citation.path("docNumber").asText())
          .as(at + " citation.docNumber（文号）")
          .matches(".*(〔\\d{4}〕|公告\\d{4}年第|令|法|号).*");
      assertThat(citation.path("title").asText()).as(at + " citation.title").isNotBlank();
      assertThat(citation.path("article").asText()).as(at + " citation.article").isNotBlank();
      assertThat(citation.has("date")).as(at + " citation.date").isTrue();

      LocalDate from = LocalDate.parse(p.path("period").path("from").asText());
      JsonNode to = p.path("period").path("to");
      if (!to.isNull() && !to.isMissingNode()) {
        assertThat(LocalDate.parse(to.asText()))
            .as(at + " period.to ≥ from")
            .isAfterOrEqualTo(from);
      }
      if (p.path("status").asText().equals("in_force")) {
        // "In force" is a claim about today: it must have started and not yet ended.
        assertThat(from).as(at + " 现行版本已生效").isBeforeOrEqualTo(TODAY);
        if (to.isTextual()) {
          assertThat(LocalDate.parse(to.asText())).as(at + " 现行版本未失效").isAfterOrEqualTo(TODAY);
        }
      }
      if (p.path("status").asText().equals("history")) {
        assertThat(to.isTextual()).as(at + " 历史版本须有截止日").isTrue();
        assertThat(LocalDate.parse(to.asText())).as(at + " 历史版本已失效").isBefore(TODAY);
      }
      if (p.path("region").path("level").asText().equals("district")) {
        assertThat(p.path("region").path("code").asText())
            .as(at + " district code")
            .isIn(StandardFacts.DISTRICTS);
      }
      for (JsonNode batch : p.path("application").path("batches")) {
        // Only dates a document states drive deadlines and reminders (EXTENSIONS.md §4.9).
        assertThat(batch.path("label").asText()).as(at + " batches.label").isNotBlank();
        assertThat(batch.path("source").asText()).as(at + " batches.source").isNotBlank();
        LocalDate closes = LocalDate.parse(batch.path("closesOn").asText());
        if (batch.hasNonNull("opensOn")) {
          assertThat(LocalDate.parse(batch.path("opensOn").asText()))
              .as(at + " batches.opensOn ≤ closesOn")
              .isBeforeOrEqualTo(closes);
        }
      }
      for (JsonNode check : p.path("manualChecks")) {
        assertThat(check.path("id").asText()).as(at + " manualChecks.id").isNotBlank();
        assertThat(check.path("label").asText()).as(at + " manualChecks.label").isNotBlank();
      }
      for (Iterator<String> names = p.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        assertThat(ENGINE_FIELDS.contains(name) || EXTENSION_FIELDS.contains(name))
            .as(at + " 未登记的字段“" + name + "”（新字段须同时写入 EXTENSIONS.md 和本测试）")
            .isTrue();
      }
    }
  }

  @Test
  void every_tier_and_certificate_says_when_a_firm_already_holds_it() {
    RuleJsonReader reader = new RuleJsonReader(StandardFacts.catalogue());
    int holdings = 0;
    for (Entry e : programs()) {
      JsonNode p = e.json();
      String at = e.path().getFileName().toString();
      JsonNode holding = p.path("holding");
      // Every certification in force grants a title, except a review (复核) that re-applies
      // other rules.
      boolean grantsATitle =
          p.path("kind").asText().equals("CERTIFICATION")
              && p.path("status").asText().equals("in_force")
              && !p.path("transition").has("appliesRulesOf");
      if (grantsATitle) {
        assertThat(holding.isObject()).as(at + " holding（认定类须说明已持有的判断）").isTrue();
      }
      if (!holding.isObject()) {
        continue;
      }
      holdings++;
      assertThat(holding.path("label").asText()).as(at + " holding.label").isNotBlank();
      assertThat(reader.readCondition(holding.path("heldWhen")).errors())
          .as(at + " holding.heldWhen")
          .isEmpty();
      for (String field : List.of("firstCertifiedFact", "validUntilFact")) {
        if (holding.has(field)) {
          assertThat(StandardFacts.catalogue().require(holding.path(field).asText()).type())
              .as(at + " holding." + field)
              .isEqualTo(FactType.DATE);
        }
      }
    }
    assertThat(holdings).isGreaterThanOrEqualTo(9);
  }

  @Test
  void every_amount_cites_its_clause_and_non_monetary_benefits_carry_no_amount() {
    for (Entry e : programs()) {
      JsonNode p = e.json();
      String at = e.path().getFileName().toString();
      List<Double> amounts = amounts(p.path("benefit"));
      boolean pays = amounts.stream().anyMatch(a -> a > 0);
      if (pays) {
        assertThat(p.path("benefitKind").asText()).as(at + " 有金额的奖补").isIn("现金奖补", "融资支持");
        String clause = p.path("benefitClause").asText();
        assertThat(clause).as(at + " 金额须引用条款原文").isNotBlank();
        for (double amount : amounts) {
          if (amount > 0) {
            assertThat(mentions(clause, amount))
                .as(at + " 条款原文应写出金额 " + amount + " 元：" + clause)
                .isTrue();
          }
        }
      } else {
        assertThat(p.path("benefitText").asText()).as(at + " 无金额的奖补须说明（如“以当年申报通知为准”）").isNotBlank();
      }
      if (p.path("benefitKind").asText().equals("非货币")
          || p.path("benefitKind").asText().equals("认定类")) {
        assertThat(pays).as(at + " 非货币/认定类不应写金额").isFalse();
      }
    }
  }

  @Test
  void rules_load_with_todays_reader_against_the_facts_they_declare() {
    FactCatalogue standard = StandardFacts.catalogue();
    Map<String, List<String>> refused = new TreeMap<>();
    int plain = 0;
    for (Entry e : programs()) {
      JsonNode p = e.json();
      boolean needsExtension = p.has("newFacts") || p.has("newVocabulary");
      FactCatalogue catalogue = needsExtension ? extended(standard, p) : standard;
      Validated<ProgramRules> read = new RuleJsonReader(catalogue).readProgram(engineView(p));
      if (!read.isValid()) {
        refused.put(
            e.path().getFileName().toString(),
            read.errors().stream().map(Object::toString).toList());
      } else {
        assertThat(read.orElseThrow().id()).isEqualTo(p.path("id").asText());
      }
      if (!needsExtension) {
        plain++;
      } else {
        // What a file declares is now part of the standard catalogue (StandardFacts), with the
        // same type and unit, and every declared vocabulary value is allowed: the service reads
        // every file against the standard catalogue alone.
        assertThat(new RuleJsonReader(standard).readProgram(engineView(p)).errors())
            .as(e.path().getFileName() + " 应能用标准事实目录读取")
            .isEmpty();
        for (JsonNode fact : p.path("newFacts")) {
          String name = fact.path("name").asText();
          FactDefinition known =
              standard
                  .find(name)
                  .orElseThrow(() -> new AssertionError("StandardFacts 缺少目录事实 " + name));
          assertThat(known.type().name()).as(name + " 类型").isEqualTo(fact.path("type").asText());
          assertThat(known.unit()).as(name + " 单位").isEqualTo(fact.path("unit").asText());
          assertThat(known.label()).as(name + " 中文名称").isEqualTo(fact.path("label").asText());
        }
        p.path("newVocabulary")
            .fields()
            .forEachRemaining(
                f ->
                    f.getValue()
                        .forEach(
                            v ->
                                assertThat(standard.find(f.getKey()).orElseThrow().allowedValues())
                                    .as(f.getKey() + " 词表")
                                    .contains(v.asText())));
      }
    }
    assertThat(refused).as("规则读取器拒绝的目录文件").isEmpty();
    assertThat(plain).as("只用现有规则语言与事实的项目数").isGreaterThan(0);
  }

  @Test
  void score_tables_add_up_and_every_band_is_a_rule() {
    int tables = 0;
    for (Entry e : programs()) {
      JsonNode p = e.json();
      String at = e.path().getFileName().toString();
      FactCatalogue catalogue = extended(StandardFacts.catalogue(), p);
      RuleJsonReader reader = new RuleJsonReader(catalogue);
      for (JsonNode table : p.path("scoreTables")) {
        tables++;
        double total = 0;
        for (JsonNode part : table.path("parts")) {
          double partMax = 0;
          for (JsonNode indicator : part.path("indicators")) {
            double best = indicator.path("otherwise").asDouble(0);
            for (JsonNode band : indicator.path("bands")) {
              best = Math.max(best, band.path("points").asDouble());
              assertThat(reader.readCondition(band.path("when")).errors())
                  .as(at + " " + indicator.path("label").asText() + " 档位条件")
                  .isEmpty();
            }
            assertThat(best)
                .as(at + " " + indicator.path("label").asText() + " 满分")
                .isEqualTo(indicator.path("max").asDouble());
            partMax += best;
          }
          assertThat(partMax)
              .as(at + " " + part.path("name").asText() + " 满分")
              .isEqualTo(part.path("max").asDouble());
          if (part.has("minimum")) {
            assertThat(part.path("minimum").asDouble()).isLessThanOrEqualTo(partMax);
          }
          total += partMax;
        }
        assertThat(total).as(at + " 总分").isEqualTo(table.path("total").asDouble());
        assertThat(table.path("passAt").asDouble()).isLessThanOrEqualTo(total);
      }
    }
    assertThat(tables).as("评分表数量").isGreaterThanOrEqualTo(3);
  }

  @Test
  void the_catalogue_covers_what_issue_12_asks_for() {
    List<JsonNode> all = programs().stream().map(Entry::json).toList();
    Set<String> categories = new LinkedHashSet<>();
    Set<String> regions = new LinkedHashSet<>();
    Set<String> docs = new LinkedHashSet<>();
    for (JsonNode p : all) {
      categories.add(p.path("category").asText());
      regions.add(p.path("region").path("level").asText());
      docs.add(p.path("citation").path("docNumber").asText());
    }
    assertThat(categories).containsAll(List.of("产业", "税费", "融资", "奖励", "创新", "人才"));
    assertThat(regions).contains("national", "province", "city");
    assertThat(docs)
        .contains(
            "财政部 税务总局公告2023年第7号",
            "财政部 税务总局公告2023年第12号",
            "财政部 税务总局公告2023年第43号",
            "工信部企业〔2026〕2号",
            "工信部企业〔2022〕63号",
            "财建〔2024〕148号",
            "淮中小〔2023〕1号");
    // The four tiers of 2026 and their 2022 history.
    Set<String> ids = new HashSet<>();
    all.forEach(p -> ids.add(p.path("id").asText()));
    assertThat(ids)
        .contains(
            "tier.tech-innovative-sme.2026",
            "tier.zjtx-sme.2026",
            "tier.little-giant.2026",
            "tier.manufacturing-champion.2023",
            "tier.innovative-sme.2022",
            "tier.zjtx-sme.2022",
            "tier.little-giant.2022");
  }

  @Test
  void sources_md_lists_every_document_and_every_program_file() throws IOException {
    String sources = Files.readString(DIR.resolve("SOURCES.md"));
    String extensions = Files.readString(DIR.resolve("EXTENSIONS.md"));
    for (Entry e : programs()) {
      JsonNode p = e.json();
      String id = p.path("id").asText();
      assertThat(sources)
          .as("SOURCES.md 应列出 " + p.path("citation").path("docNumber").asText())
          .contains(p.path("citation").path("docNumber").asText());
      assertThat(sources).as("SOURCES.md 应写明引用它的项目 " + id).contains(id);
      for (JsonNode fact : p.path("newFacts")) {
        assertThat(extensions)
            .as("EXTENSIONS.md 应列出新事实 " + fact.path("name").asText())
            .contains("`" + fact.path("name").asText() + "`");
      }
      p.path("newVocabulary")
          .forEach(
              values ->
                  values.forEach(
                      value ->
                          assertThat(extensions)
                              .as("EXTENSIONS.md 应列出新词表值 " + value.asText())
                              .contains("`" + value.asText() + "`")));
    }
    for (String field : EXTENSION_FIELDS) {
      assertThat(extensions).as("EXTENSIONS.md 应说明字段 " + field).contains("`" + field + "`");
    }
  }

  /**
   * A firm worked by hand on the 创新型 table (63号附件1, kept for 科技和创新型 by the 2026 办法): Ⅰ类知识产权 (10) +
   * 研发占比 4.2% (15) = 创新能力 25; 增长 8% (10) + 负债率 60% (5) = 成长性 15; 战略性新兴产业 (10) + 主营占比 72% (20) = 专业化
   * 30; total 70. With a debt ratio of 80% the total is still 65 but 成长性 falls to 10, under its
   * minimum of 15: refused.
   */
  @Test
  void the_innovative_score_table_computes_points_and_part_minimums() {
    JsonNode program = program("tier.tech-innovative-sme.2026");
    FactSet firm = workedFirm().build();
    FactSet indebted = workedFirm().number("debt_ratio", 80).build();

    assertThat(evaluate(program, firm)).isEqualTo(Truth.TRUE);
    assertThat(evaluate(program, indebted)).isEqualTo(Truth.FALSE);
    String trace = explain(program, firm);
    assertThat(trace).contains("得分 70分", "上年度研发费用总额占营业收入总额比重（满分20分）：得 15分");
    // Each part of the table with its points out of its maximum and its minimum, and each
    // indicator shown once, under its part (EXTENSIONS §4.2).
    assertThat(trace)
        .contains(
            "创新能力指标（得分 25分 / 满分 40分，最低 20分）",
            "成长性指标（得分 15分 / 满分 30分，最低 15分）",
            "专业化指标（得分 30分 / 满分 30分，最低 15分）");
    assertThat(occurrences(trace, "上年度资产负债率（满分10分）")).isEqualTo(1);
    assertThat(explain(program, indebted)).contains("成长性指标（得分 10分 / 满分 30分，最低 15分）");
  }

  /** A part under its minimum is a gap of its own: the change that lifts it is offered. */
  @Test
  void a_part_under_its_minimum_is_closed_by_the_gap_finder() {
    JsonNode program = program("tier.tech-innovative-sme.2026");
    FactCatalogue catalogue = extended(StandardFacts.catalogue(), program);
    RuleEngine engine = new RuleEngine(catalogue);
    ProgramRules rules =
        new RuleJsonReader(catalogue).readProgram(engineView(program)).orElseThrow();
    FactSet indebted = workedFirm().number("debt_ratio", 80).build();

    var assessment = engine.assess(engine.compile(rules), indebted);

    assertThat(assessment.gaps())
        .anySatisfy(
            gap -> {
              assertThat(gap.describe()).contains("资产负债率 80% → 75%");
              assertThat(gap.resultAfter()).isEqualTo(Truth.TRUE);
            });
  }

  /**
   * 研发费用加计扣除's 负面清单 (财税〔2015〕119号第四条) decided from the registered 行业代码: a manufacturer qualifies, a
   * wholesaler (门类 F) and a tobacco maker (大类 16) do not, and a firm without a code is asked for it
   * rather than passed.
   */
  @Test
  void the_rd_deduction_negative_list_is_decided_from_the_industry_code() {
    JsonNode program = program("tax.rd-super-deduction.2023");
    FactSet.Builder maker =
        workedFirm().text("industry_section", "C").text("industry_division", "39");

    assertThat(evaluate(program, maker.build())).isEqualTo(Truth.TRUE);
    assertThat(evaluate(program, maker.text("industry_section", "F").build()))
        .isEqualTo(Truth.FALSE);
    assertThat(
            evaluate(
                program,
                workedFirm().text("industry_section", "C").text("industry_division", "16").build()))
        .isEqualTo(Truth.FALSE);
    assertThat(evaluate(program, workedFirm().build())).isEqualTo(Truth.UNKNOWN);
    assertThat(program.path("manualChecks").toString()).doesNotContain("rd_negative_list");
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void
      the_2026_zjtx_rule_accepts_a_held_innovative_certificate_but_wants_80_percent_main_business() {
    JsonNode program = program("tier.zjtx-sme.2026");
    FactSet.Builder ready =
        workedFirm()
            .number("main_business_share", 85)
            .number("rd_spending_prev", 1_500_000)
            .number("zjtx_dev_score", 55);

    assertThat(evaluate(program, ready.build())).isEqualTo(Truth.TRUE);
    assertThat(evaluate(program, ready.number("main_business_share", 72).build()))
        .isEqualTo(Truth.FALSE);
  }

  @Test
  void the_central_award_pays_only_little_giants_and_cites_its_amount() {
    JsonNode program = program("fund.key-little-giant.2024");
    FactSet giant = workedFirm().textSet("tiers_held", "专精特新中小企业", "专精特新小巨人").build();
    NaiveInterpreter naive = new NaiveInterpreter(extended(StandardFacts.catalogue(), program));

    assertThat(evaluate(program, giant)).isEqualTo(Truth.TRUE);
    assertThat(naive.estimate(program, giant))
        .isEqualTo(AmountRange.exactly(new java.math.BigDecimal("6000000")));
    assertThat(evaluate(program, workedFirm().build())).isEqualTo(Truth.FALSE);
  }

  private static FactSet.Builder workedFirm() {
    return FactSet.asOf(LocalDate.of(2026, 12, 3))
        .number("revenue", 66_000_000)
        .number("rd_spending", 2_800_000)
        .number("rd_ratio", 4.2)
        .number("rd_ratio_prev", 3.9)
        .number("revenue_growth", 8)
        .number("main_business_share", 72)
        .number("debt_ratio", 60)
        .number("ip_class1", 2)
        .number("ip_class1_self", 0)
        .number("ip_class1_high_value", 0)
        .number("ip_class2", 4)
        .number("equity_financing_2y", 0)
        .number("equity_financing_3y", 0)
        .number("years_in_niche", 6)
        .flag("strategic_emerging", true)
        .text("district", "320812")
        .textSet("tiers_held", "创新型中小企业")
        .textSet("qualifications", "市级以上研发机构")
        .textSet("pools");
  }

  private static JsonNode program(String id) {
    return programs().stream()
        .map(Entry::json)
        .filter(p -> p.path("id").asText().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** Compiled engine and naive interpreter, which must agree. */
  private static Truth evaluate(JsonNode program, FactSet firm) {
    FactCatalogue catalogue = extended(StandardFacts.catalogue(), program);
    ProgramRules rules =
        new RuleJsonReader(catalogue).readProgram(engineView(program)).orElseThrow();
    RuleCompiler compiler = new RuleCompiler(catalogue);
    CompiledProgram compiled = compiler.compile(rules);
    Truth result = compiled.eligibility(compiler.encoder().encode(firm));
    assertThat(new NaiveInterpreter(catalogue).eligibility(engineView(program), firm))
        .as("naive agrees")
        .isEqualTo(result);
    return result;
  }

  private static String explain(JsonNode program, FactSet firm) {
    FactCatalogue catalogue = extended(StandardFacts.catalogue(), program);
    ProgramRules rules =
        new RuleJsonReader(catalogue).readProgram(engineView(program)).orElseThrow();
    return new Explainer(catalogue).explain(rules.eligibility(), firm).render();
  }

  // ------------------------------------------------------------------ helpers

  /** The part of a catalogue file that today's reader knows: the engine fields only. */
  private static JsonNode engineView(JsonNode program) {
    ObjectNode view = MAPPER.createObjectNode();
    program
        .fields()
        .forEachRemaining(
            f -> {
              if (ENGINE_FIELDS.contains(f.getKey())) {
                view.set(f.getKey(), f.getValue());
              }
            });
    return view;
  }

  /**
   * The standard catalogue plus what a program declares: new facts and new values of closed
   * vocabularies.
   */
  private static FactCatalogue extended(FactCatalogue standard, JsonNode program) {
    Map<String, Set<String>> vocabulary = new HashMap<>();
    program
        .path("newVocabulary")
        .fields()
        .forEachRemaining(
            f -> {
              Set<String> values = new LinkedHashSet<>();
              f.getValue().forEach(v -> values.add(v.asText()));
              vocabulary.put(f.getKey(), values);
            });
    List<FactDefinition> definitions = new ArrayList<>();
    for (FactDefinition d : standard.definitions()) {
      Set<String> more = vocabulary.get(d.name());
      if (more == null) {
        definitions.add(d);
      } else {
        Set<String> allowed = new LinkedHashSet<>(d.allowedValues());
        allowed.addAll(more);
        definitions.add(
            new FactDefinition(
                d.name(), d.type(), d.unit(), d.label(), d.step(), d.adjustable(), allowed));
      }
    }
    for (JsonNode fact : program.path("newFacts")) {
      if (standard.find(fact.path("name").asText()).isPresent()) {
        continue; // now a standard fact
      }
      Set<String> allowed = new LinkedHashSet<>();
      fact.path("allowedValues").forEach(v -> allowed.add(v.asText()));
      FactType type = FactType.valueOf(fact.path("type").asText());
      definitions.add(
          new FactDefinition(
              fact.path("name").asText(),
              type,
              fact.path("unit").asText(),
              fact.path("label").asText(),
              type == FactType.NUMBER ? ("%".equals(fact.path("unit").asText()) ? 0.01 : 1) : 0,
              type != FactType.TEXT && type != FactType.DATE,
              allowed));
    }
    return new FactCatalogue(definitions);
  }

  private static List<Double> amounts(JsonNode benefit) {
    List<Double> out = new ArrayList<>();
    if (benefit.has("fixed")) {
      out.add(benefit.path("fixed").asDouble());
    }
    benefit.path("byTier").path("tiers").forEach(t -> out.add(t.path("amount").asDouble()));
    benefit.path("banded").path("bands").forEach(b -> out.add(b.path("amount").asDouble()));
    if (benefit.has("percentOf")) {
      out.add(benefit.path("percentOf").path("cap").asDouble());
    }
    return out;
  }

  /** Whether a clause writes the amount, in 元 or in 万元 as documents do ("600万元", "50万元"). */
  private static boolean mentions(String clause, double yuan) {
    String wan = stripped(yuan / 10_000) + "万";
    String yi = stripped(yuan / 100_000_000) + "亿";
    return clause.contains(wan) || clause.contains(stripped(yuan) + "元") || clause.contains(yi);
  }

  private static String stripped(double value) {
    return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
