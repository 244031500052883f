package cn.gov.huaian.zjtx.policy.rules.assess;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.DateValue;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 已持有：what a certification program grants and how to tell a firm already holds it (catalogue field
 * {@code holding}, EXTENSIONS.md §4.3). A certificate held keeps its title until it ends (the 2026
 * 办法's transition), so for a holder the program's verdict is a preview of the next review against
 * today's rules, not a refusal of what the firm has.
 *
 * @param label the title as the firm holds it ("专精特新中小企业")
 * @param heldWhen the condition, in the rule language, under which the firm holds it
 * @param firstCertifiedFact the date fact of the first certification, or null
 * @param validUntilFact the date fact of the end of validity, or null
 * @param note the transition as the document states it, or null
 */
public record Holding(
    String label,
    Condition heldWhen,
    String firstCertifiedFact,
    String validUntilFact,
    String note) {

  /** A firm's certificate: since when and until when, where the registry knows. */
  public record Held(String label, LocalDate firstCertifiedOn, LocalDate validUntil, String note) {}

  /** The firm's certificate, when it holds the title on the facts' date. */
  public Optional<Held> of(FactSet facts, Explainer explainer) {
    if (explainer.explain(heldWhen, facts).result() != Truth.TRUE) {
      return Optional.empty();
    }
    return Optional.of(
        new Held(label, date(facts, firstCertifiedFact), date(facts, validUntilFact), note));
  }

  private static LocalDate date(FactSet facts, String fact) {
    return fact == null ? null : facts.get(fact).map(v -> ((DateValue) v).value()).orElse(null);
  }
}
