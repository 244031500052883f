package cn.gov.huaian.zjtx.enterprise.tiers;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The tier an enterprise holds on a day: the highest-ranked tier qualification current then. */
public final class Tiers {
  private Tiers() {}

  /** A qualification's facts as the rule needs them. */
  public record Held(
      QualificationKind kind, LocalDate grantedOn, LocalDate reviewOn, LocalDate revokedOn) {
    public boolean currentOn(LocalDate day) {
      return !grantedOn.isAfter(day)
          && (revokedOn == null || revokedOn.isAfter(day))
          && (reviewOn == null || !reviewOn.isBefore(day));
    }
  }

  public static Optional<QualificationKind> currentTier(Collection<Held> held, LocalDate day) {
    return held.stream()
        .filter(h -> h.kind().isTier() && h.currentOn(day))
        .map(Held::kind)
        .max(Comparator.comparingInt(k -> k.tierRank));
  }

  /**
   * The JPQL condition "enterprise {@code alias} holds {@code :kindParam} on {@code :dayParam}",
   * the same rule as {@link Held#currentOn}, for lists and counts in the database.
   */
  public static String heldCondition(String alias, String kindParam, String dayParam) {
    return "exists (select 1 from Qualification q where q.enterpriseId = "
        + alias
        + ".id and q.kind = :"
        + kindParam
        + " and q.grantedOn <= :"
        + dayParam
        + " and (q.revokedOn is null or q.revokedOn > :"
        + dayParam
        + ")"
        + " and (q.reviewOn is null or q.reviewOn >= :"
        + dayParam
        + "))";
  }
}
