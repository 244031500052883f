package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.rules.assess.Eligibility;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stored result changed in a way the enterprise should hear of. Fired (CDI, synchronously) in the
 * transaction that stores the result, so the notification is written with it or not at all.
 *
 * @param before null when there was no result before
 */
public record ResultChanged(
    UUID enterpriseId,
    UUID programId,
    String programTitle,
    int rulesVersion,
    long factVersion,
    Kind kind,
    Eligibility before,
    Eligibility after,
    AmountRange beforeAmount,
    AmountRange afterAmount,
    LocalDate applyDeadline,
    String benefitKind,
    String benefitText) {

  /** The benefit as the notification states it: an amount only where there is one. */
  public String benefitDisplay(AmountRange amount) {
    return BenefitDisplay.text(benefitKind, benefitText, amount);
  }

  /** What changed. */
  public enum Kind {
    NEWLY_ELIGIBLE,
    NO_LONGER_ELIGIBLE,
    AMOUNT_CHANGED
  }

  /** The change worth pushing between two results, if any (UNKNOWN ↔ NOT_ELIGIBLE is not). */
  static Kind detect(
      Eligibility before, AmountRange beforeAmount, Eligibility after, AmountRange afterAmount) {
    // Pending manual verification counts as eligible here: the firm should hear of it at once.
    boolean wasEligible = before != null && before.eligibleOnRules();
    boolean isEligible = after != null && after.eligibleOnRules();
    if (isEligible && !wasEligible) {
      return Kind.NEWLY_ELIGIBLE;
    }
    if (wasEligible && !isEligible) {
      return Kind.NO_LONGER_ELIGIBLE;
    }
    if (isEligible && !sameMoney(beforeAmount, afterAmount)) {
      return Kind.AMOUNT_CHANGED;
    }
    return null;
  }

  static boolean sameMoney(AmountRange a, AmountRange b) {
    return a != null
        && b != null
        && a.min().compareTo(b.min()) == 0
        && a.max().compareTo(b.max()) == 0;
  }
}
