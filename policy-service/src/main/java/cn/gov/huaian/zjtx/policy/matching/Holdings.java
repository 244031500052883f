package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.catalog.RuleBook;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseRecord;
import cn.gov.huaian.zjtx.policy.rules.assess.Holding;
import cn.gov.huaian.zjtx.policy.rules.assess.Holding.Held;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.json.RuleJsonReader;
import cn.gov.huaian.zjtx.policy.rules.validation.Validated;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A program's {@code holding} (what it grants, EXTENSIONS.md §4.3), read from its stored details,
 * and the certificate a firm holds. Computed when results are read, like tax estimates, so a holder
 * sees "已持有（有效期至 …）" beside the verdict of today's rules.
 */
public final class Holdings {
  private static final RuleJsonReader READER = new RuleJsonReader(StandardFacts.catalogue());
  private static final Explainer EXPLAINER = new Explainer(StandardFacts.catalogue());

  private Holdings() {}

  /** The firm's certificate of what the program grants, or null. */
  static Held held(Holding holding, EnterpriseRecord firm) {
    return holding == null || firm == null
        ? null
        : holding.of(firm.facts(), EXPLAINER).orElse(null);
  }

  /** From the details' {@code holding} as stored text (a column of a result query). */
  static Holding read(String json) {
    return json == null || json.isBlank() ? null : of(RuleBook.parse(json));
  }

  /**
   * From the details' {@code holding} node; null when the program grants nothing or its condition
   * does not read (the catalogue test refuses such files, so this is a stale row, not a user
   * error).
   */
  public static Holding of(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    Validated<Condition> read = READER.readCondition(n.path("heldWhen"));
    Condition heldWhen = read.isValid() ? read.orElseThrow() : null;
    return heldWhen == null
        ? null
        : new Holding(
            n.path("label").asText(""),
            heldWhen,
            n.path("firstCertifiedFact").asText(null),
            n.path("validUntilFact").asText(null),
            n.path("note").asText(null));
  }
}
