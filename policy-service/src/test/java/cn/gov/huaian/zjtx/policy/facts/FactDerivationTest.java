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
  }

  @Test
  void tiersQualificationsAndPoolsAreKnownSetsInTheCataloguesWords() {
    Map<String, FactValue> facts = FactDerivation.derive(firm.data);
    assertThat(facts.get("tiers_held"))
        .isEqualTo(new TextSetValue(java.util.Set.of(StandardFacts.TIER_PROVINCIAL)));
    assertThat(((TextSetValue) facts.get("qualifications")).values())
        .containsExactlyInAnyOrder("高新技术企业", "市级以上研发机构");
    assertThat(((TextSetValue) facts.get("pools")).values()).containsExactly("高新技术企业库");
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
}
