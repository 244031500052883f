package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.catalog.RuleBook;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseRecord;
import cn.gov.huaian.zjtx.policy.rules.assess.Eligibility;
import cn.gov.huaian.zjtx.policy.rules.benefit.TaxEffect;
import cn.gov.huaian.zjtx.policy.rules.benefit.TaxSaving;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A program's {@code taxEffect} (catalog/EXTENSIONS.md §4.7), read from its stored details, and the
 * estimate it gives a firm that qualifies. Computed when a firm's results are read, from its
 * current facts, so the stored results and the pushed notifications carry cash only.
 */
public final class TaxEffects {
  private TaxEffects() {}

  /** The estimate for a result, or null: none for a firm that does not (yet) qualify. */
  static TaxSaving estimate(TaxEffect effect, Eligibility status, EnterpriseRecord firm) {
    if (firm == null
        || !(status == Eligibility.ELIGIBLE || status == Eligibility.PENDING_VERIFICATION)) {
      return null;
    }
    return TaxSaving.estimate(effect, firm.facts(), StandardFacts.catalogue()).orElse(null);
  }

  /** From the details' {@code taxEffect} as stored text (a column of a result query). */
  static TaxEffect read(String json) {
    return json == null || json.isBlank() ? null : of(RuleBook.parse(json));
  }

  /** From the details' {@code taxEffect} node; null when the program has none. */
  public static TaxEffect of(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    return new TaxEffect(
        n.path("mechanism").asText(null),
        n.path("basisFact").asText(null),
        number(n, "percent"),
        number(n, "ratePercent"),
        number(n, "standardRatePercent"),
        number(n, "incomeIncludedPercent"),
        number(n, "exemptUpTo"));
  }

  private static BigDecimal number(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isNumber() ? v.decimalValue() : null;
  }
}
