package cn.gov.huaian.zjtx.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.testing.MiniJsonSchema;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextValue;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The snapshot of enterprise.changed, in the rule engine's vocabulary. */
class FactDerivationTest {
  private final EnterpriseEvents.Snapshot firm =
      EnterpriseEvents.firm(UUID.randomUUID())
          .qualification("high-tech", "national")
          .qualification("srdi-sme", "provincial")
          .qualification("tech-center", "municipal")
          .pool("high-tech")
          .pool("srdi-sme-candidates");

  @Test
  void theTestEventsKeepTheProducersContract() {
    for (String type : new String[] {"enterprise.changed", "enterprise.registered"}) {
      assertThat(MiniJsonSchema.errors(EnterpriseEvents.schema(type), firm.event(type))).isEmpty();
    }
  }

  @Test
  void ratiosBecomePercentAndTwoYearSumsAreAdded() {
    Map<String, FactValue> facts = FactDerivation.derive(firm.data);
    assertThat(facts.get("rd_ratio")).isEqualTo(new NumberValue(4.0));
    assertThat(facts.get("rd_ratio_prev")).isEqualTo(new NumberValue(3.5));
    assertThat(facts.get("main_business_share")).isEqualTo(new NumberValue(90.0));
    assertThat(facts.get("revenue")).isEqualTo(new NumberValue(50_000_000));
    assertThat(facts.get("rd_spending_2y")).isEqualTo(new NumberValue(3_400_000));
    assertThat(facts.get("years_in_niche")).isEqualTo(new NumberValue(5));
    assertThat(facts.get("district")).isEqualTo(new TextValue("320812"));
    assertThat(facts.get("cluster")).isEqualTo(new TextValue("PCB电子元器件"));
  }

  @Test
  void theCataloguesDerivedFactsComeFromTheSnapshot() {
    Map<String, FactValue> facts = FactDerivation.derive(firm.data);
    assertThat(facts.get("rd_spending_prev")).isEqualTo(new NumberValue(1_400_000));
    // 3982 is a manufacturing class (division 39): section C, what 先进制造业 rules test.
    assertThat(facts.get("industry_section")).isEqualTo(new TextValue("C"));
    assertThat(FactDerivation.section("6510")).contains("I");
    assertThat(FactDerivation.section("0111")).contains("A");
    assertThat(FactDerivation.section("9700")).contains("T");
    assertThat(FactDerivation.section("x")).isEmpty();
    // 大类 for the 负面清单 of 研发费用加计扣除 (烟草制品业 16, 娱乐业 90), with or without the letter.
    assertThat(facts.get("industry_division")).isEqualTo(new TextValue("39"));
    assertThat(FactDerivation.division("C1610")).contains("16");
    assertThat(FactDerivation.division("9011")).contains("90");
    assertThat(FactDerivation.division("R9")).isEmpty();
    assertThat(FactDerivation.division("0011")).isEmpty();
  }

  @Test
  void tiersQualificationsAndPoolsAreKnownSetsInTheCataloguesWords() {
    Map<String, FactValue> facts = FactDerivation.derive(firm.data);
    assertThat(facts.get("tiers_held"))
        .isEqualTo(new TextSetValue(java.util.Set.of(StandardFacts.TIER_PROVINCIAL)));
    assertThat(((TextSetValue) facts.get("qualifications")).values())
        .containsExactlyInAnyOrder("高新技术企业", "市级以上研发机构", "自建或联合研发机构");
    assertThat(((TextSetValue) facts.get("pools")).values()).containsExactly("高新技术企业库");
  }

  /**
   * The titles the catalogue's rules name (科技型中小企业, 知识产权示范企业, 首台（套）…) come from the registry's
   * records; where a clause names the national title, a provincial one does not count.
   */
  @Test
  void titlesTheRulesNameComeFromTheRegistry() {
    var titled =
        EnterpriseEvents.firm(UUID.randomUUID())
            .qualification("tech-sme", null)
            .qualification("ip-demo", "national")
            .qualification("ip-advantage", "provincial")
            .qualification("tech-innovation-demo", "national")
            .qualification("first-set", "national")
            .qualification("ic-machine-tool-list", null)
            .qualification("rd-institution", "provincial");
    assertThat(((TextSetValue) FactDerivation.derive(titled.data).get("qualifications")).values())
        .containsExactlyInAnyOrder(
            "科技型中小企业",
            "知识产权示范企业",
            "国家级技术创新示范企业",
            "首台（套）重大技术装备",
            "集成电路或工业母机企业清单",
            "自建或联合研发机构",
            "市级以上研发机构",
            "省级以上研发机构",
            "省部级以上研发机构");
    var standard =
        EnterpriseEvents.firm(UUID.randomUUID())
            .award("lead-standard", "industry", "2022-03-01", 5)
            .award("lead-standard", "international", "2025-03-01", 6);
    assertThat(qualifications(standard, LocalDate.parse("2026-12-04")))
        .containsExactly("近五年主导制定国际国家行业标准（排名前五）");
    assertThat(qualifications(standard, LocalDate.parse("2027-03-02"))).isEmpty();
  }

  @Test
  void whatTheSnapshotDoesNotCarryStaysUnknown() {
    Map<String, FactValue> facts = FactDerivation.derive(firm.data);
    assertThat(facts)
        .doesNotContainKeys(
            "zjtx_eval_score", "debt_ratio", "strategic_emerging", "ip_class1_high_value");
  }

  @Test
  void storedFactsReadBackTheSame() {
    Map<String, FactValue> facts = FactDerivation.derive(firm.data);
    FactSet back =
        FactCodec.toFactSet(
            FactCodec.toJson(facts), StandardFacts.catalogue(), LocalDate.of(2025, 6, 1));
    assertThat(back.values()).isEqualTo(facts);
  }

  @Test
  void taxAndCertificationFiguresBecomeTheFactsTheCatalogueAsksFor() {
    var figures = (ArrayNode) firm.data.get("figures");
    var last = (ObjectNode) figures.get(1);
    last.put("totalAssets", 80_000_000);
    last.put("taxableIncome", -1_250_000);
    last.put("techStaff", 30);
    last.put("highTechRevenue", 35_000_000);
    last.put("domesticRdSpending", 1_900_000);
    last.put("totalCosts", 46_000_000);
    Map<String, FactValue> facts = FactDerivation.derive(firm.data);
    assertThat(facts.get("total_assets")).isEqualTo(new NumberValue(80_000_000));
    assertThat(facts.get("taxable_income"))
        .as("a loss stays a loss")
        .isEqualTo(new NumberValue(-1_250_000));
    assertThat(facts.get("tech_staff_ratio")).isEqualTo(new NumberValue(25.0)); // 30 / 120
    assertThat(facts.get("high_tech_revenue_share")).isEqualTo(new NumberValue(70.0));
    assertThat(facts.get("domestic_rd_share")).isEqualTo(new NumberValue(95.0));
    assertThat(facts.get("rd_ratio_of_cost")).isEqualTo(new NumberValue(4.35)); // 2,000,000 / 46M
  }

  @Test
  void theThreeYearRdRatioNeedsEveryYearTheFirmExisted() {
    Map<String, FactValue> twoYears = FactDerivation.derive(firm.data);
    assertThat(twoYears).as("founded 2015, 2022 is missing").doesNotContainKey("rd_ratio_3y");

    var figures = (ArrayNode) firm.data.get("figures");
    var y2022 = figures.addObject();
    y2022.put("year", 2022);
    y2022.put("revenue", 30_000_000);
    y2022.put("rdSpending", 600_000);
    // (0.6 + 1.4 + 2.0) million of R&D over (30 + 40 + 50) million of revenue = 3.33 %
    assertThat(FactDerivation.derive(firm.data).get("rd_ratio_3y"))
        .isEqualTo(new NumberValue(3.33));

    figures.remove(figures.size() - 1);
    firm.data.put("foundedOn", "2023-06-01");
    // (1.4 + 2.0) / (40 + 50) = 3.78 %: a firm two years old counts the two years it has
    assertThat(FactDerivation.derive(firm.data).get("rd_ratio_3y"))
        .isEqualTo(new NumberValue(3.78));
  }

  /**
   * 奖励 (EXTENSIONS.md §4.4): the clauses' words are read off dated, ranked records as of a day; the
   * same record stops counting the day its window ends.
   */
  @Test
  void awardClausesAreReadOffDatedRankedRecords() {
    var awarded =
        EnterpriseEvents.firm(UUID.randomUUID())
            .award("tech-award", "national", "2023-12-05", 2)
            .award("tech-award", "provincial", "2025-06-01", null)
            .award("maker-china", "national", "2024-09-01", 120);
    LocalDate day = LocalDate.parse("2026-12-04");
    assertThat(qualifications(awarded, day))
        .containsExactlyInAnyOrder(
            "近三年国家级科技奖励",
            "近三年国家级科技奖励（排名前三）",
            "近三年国家级科技奖励（排名前五）",
            "近三年省部级以上科技奖励（排名前三）",
            "近五年国家级科技奖励（排名前三）",
            "近三年省级科技奖励",
            "创客中国全国500强");
    // Three years after the national award: only the five-year clause and the provincial one
    // remain.
    assertThat(qualifications(awarded, LocalDate.parse("2026-12-06")))
        .containsExactlyInAnyOrder("近五年国家级科技奖励（排名前三）", "近三年省级科技奖励", "创客中国全国500强");
    // Not yet granted on the day: nothing.
    assertThat(qualifications(awarded, LocalDate.parse("2023-12-04"))).isEmpty();
    var fourth =
        EnterpriseEvents.firm(UUID.randomUUID()).award("tech-award", "provincial", "2026-01-10", 4);
    assertThat(qualifications(fourth, day)).containsExactly("近三年省级科技奖励");
    for (String value : qualifications(awarded, day)) {
      assertThat(StandardFacts.AWARDS).as("a value of the vocabulary's awards").contains(value);
    }
  }

  private static java.util.Set<String> qualifications(
      EnterpriseEvents.Snapshot firm, LocalDate day) {
    return ((TextSetValue) FactDerivation.derive(firm.data, day).get("qualifications")).values();
  }
}
