package cn.gov.huaian.zjtx.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.engine.TraceNode;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.DateValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.json.NaiveInterpreter;
import cn.gov.huaian.zjtx.policy.rules.json.RuleJsonReader;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tier certificates with level and dates (catalog/EXTENSIONS.md §4.3): the registry's certificates
 * become {@code tier_titles} and per-tier first-certified / valid-until dates, and an award clause
 * "首次认定为国家级小巨人的当年" can be written with {@code calendarYearsSince}.
 */
class TierCertificatesTest {
  private static final LocalDate EVALUATED = LocalDate.parse("2026-12-04");
  private final Explainer explainer = new Explainer(StandardFacts.catalogue());
  private final NaiveInterpreter naive = new NaiveInterpreter(StandardFacts.catalogue());

  @Test
  void certificatesBecomeTitlesWithLevelAndDates() {
    Map<String, FactValue> facts =
        FactDerivation.derive(
            firm()
                .certificate("little-giant", "national", "2026-07-01", "2029-06-30", "2026-07-01")
                .certificate("srdi-sme", "provincial", "2023-11-01", "2026-12-31", "2020-11-01")
                .data);
    assertThat(facts.get("tier_titles"))
        .isEqualTo(new TextSetValue(Set.of("国家级专精特新小巨人", "省级专精特新中小企业")));
    assertThat(facts.get("little_giant_first_certified_on")).isEqualTo(date("2026-07-01"));
    assertThat(facts.get("little_giant_valid_until")).isEqualTo(date("2029-06-30"));
    // the provincial certificate was renewed in 2023; it was first granted in 2020
    assertThat(facts.get("srdi_sme_first_certified_on")).isEqualTo(date("2020-11-01"));
    assertThat(facts.get("srdi_sme_valid_until")).isEqualTo(date("2026-12-31"));
    assertThat(facts).doesNotContainKeys("champion_first_certified_on", "champion_valid_until");
  }

  @Test
  void anOlderSnapshotWithoutFirstGrantFallsBackToTheGrant() {
    EnterpriseEvents.Snapshot firm = firm().qualification("little-giant", "national");
    assertThat(FactDerivation.derive(firm.data).get("little_giant_first_certified_on"))
        .isEqualTo(date("2024-06-01"));
  }

  @Test
  void theFirstCertificationYearDecidesTheTrialAward() throws IOException {
    JsonNode award = trialAward();
    FactSet newlyCertified =
        facts(
            firm()
                .certificate("little-giant", "national", "2026-07-01", "2029-06-30", "2026-07-01"));
    FactSet reCertified =
        facts(
            firm()
                .certificate("little-giant", "national", "2026-07-01", "2029-06-30", "2020-07-01"));
    FactSet noTier = facts(firm());

    assertThat(truth(award, newlyCertified)).isEqualTo(Truth.TRUE);
    assertThat(truth(award, reCertified)).isEqualTo(Truth.FALSE);
    // a firm without the tier is refused, not asked for a certification date
    assertThat(truth(award, noTier)).isEqualTo(Truth.FALSE);
    TraceNode trace = trace(award, reCertified);
    assertThat(trace.render()).contains("2020-07-01（相隔 6 个年度），要求 ≤ 0个年度");
    assertThat(trace.missingFacts()).isEmpty();
  }

  @Test
  void theSameClauseNextYearNoLongerHolds() throws IOException {
    EnterpriseEvents.Snapshot firm =
        firm().certificate("little-giant", "national", "2026-07-01", "2029-06-30", "2026-07-01");
    FactSet nextYear = new FactSet(LocalDate.parse("2027-01-02"), FactDerivation.derive(firm.data));
    assertThat(truth(trialAward(), nextYear)).isEqualTo(Truth.FALSE);
  }

  private Truth truth(JsonNode program, FactSet facts) {
    ProgramRules rules =
        new RuleJsonReader(StandardFacts.catalogue()).readProgram(program).orElseThrow();
    Truth explained = explainer.explain(rules.eligibility(), facts).result();
    assertThat(naive.eligibility(program, facts)).as("oracle agrees").isEqualTo(explained);
    return explained;
  }

  private TraceNode trace(JsonNode program, FactSet facts) {
    ProgramRules rules =
        new RuleJsonReader(StandardFacts.catalogue()).readProgram(program).orElseThrow();
    return explainer.explain(rules.eligibility(), facts);
  }

  private static JsonNode trialAward() throws IOException {
    try (InputStream in =
        TierCertificatesTest.class.getResourceAsStream("/rules/trial-tier-award.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static FactSet facts(EnterpriseEvents.Snapshot firm) {
    return new FactSet(EVALUATED, FactDerivation.derive(firm.data));
  }

  private static EnterpriseEvents.Snapshot firm() {
    return EnterpriseEvents.firm(UUID.randomUUID());
  }

  private static DateValue date(String day) {
    return new DateValue(LocalDate.parse(day));
  }
}
