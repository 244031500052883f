package cn.gov.huaian.zjtx.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.rules.assess.Holding;
import cn.gov.huaian.zjtx.policy.rules.assess.Holding.Held;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 已持有: a firm holding what a certification grants sees its certificate beside the verdict. */
class HoldingsTest {
  private static final Explainer EXPLAINER = new Explainer(StandardFacts.catalogue());
  private static final LocalDate TODAY = LocalDate.parse("2026-12-04");

  private static final Holding PROVINCIAL =
      Holdings.read(
          """
          {"label": "专精特新中小企业",
           "heldWhen": {"contains": {"fact": "tiers_held", "value": "专精特新中小企业"}},
           "firstCertifiedFact": "srdi_sme_first_certified_on",
           "validUntilFact": "srdi_sme_valid_until",
           "note": "在原有效期内继续有效"}
          """);

  @Test
  void aHolderSeesItsCertificateWithItsDates() {
    FactSet firm =
        FactSet.asOf(TODAY)
            .textSet("tiers_held", "专精特新中小企业")
            .date("srdi_sme_first_certified_on", LocalDate.parse("2025-01-24"))
            .date("srdi_sme_valid_until", LocalDate.parse("2028-01-23"))
            .build();
    Held held = PROVINCIAL.of(firm, EXPLAINER).orElseThrow();
    assertThat(held.label()).isEqualTo("专精特新中小企业");
    assertThat(held.firstCertifiedOn()).isEqualTo(LocalDate.parse("2025-01-24"));
    assertThat(held.validUntil()).isEqualTo(LocalDate.parse("2028-01-23"));
    assertThat(held.note()).isEqualTo("在原有效期内继续有效");
  }

  @Test
  void aFirmWithoutTheTitleOrWithUnknownTiersHoldsNothing() {
    FactSet other = FactSet.asOf(TODAY).textSet("tiers_held", "创新型中小企业").build();
    FactSet unknown = FactSet.asOf(TODAY).build();
    assertThat(PROVINCIAL.of(other, EXPLAINER)).isEmpty();
    assertThat(PROVINCIAL.of(unknown, EXPLAINER)).isEmpty();
  }

  @Test
  void aHoldingWhoseConditionDoesNotReadIsIgnoredNotFatal() {
    assertThat(
            Holdings.read("{\"label\": \"x\", \"heldWhen\": {\"contains\": {\"fact\": \"nope\"}}}"))
        .isNull();
    assertThat(Holdings.read(null)).isNull();
  }
}
