package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.PercentOfFact;
import java.math.BigDecimal;

/**
 * A percentage benefit in 分 (hundredths of a 元) as a long: the one arithmetic behind both the
 * per-pair closure and the circuits, so the two cannot round differently.
 *
 * <p>The per-pair cost of a percentage benefit is mostly BigDecimal arithmetic; for the common case
 * (whole 元, a percentage with at most two decimals) the same HALF_UP result is computed exactly in
 * longs. Anything else goes the BigDecimal way.
 */
final class PercentFen {
  private static final double LONG_SAFE_YUAN = 1e12;

  private final PercentOfFact rule;
  private final long basisPoints;
  private final long capFen;
  private final long capRoundedFen;

  PercentFen(PercentOfFact rule) {
    this.rule = rule;
    this.basisPoints = basisPoints(rule.percent());
    this.capFen = truncatedFen(rule.cap());
    this.capRoundedFen = Fen.of(AmountRange.exactly(rule.cap()).max());
  }

  /** Whether every amount this benefit can give fits in a long of 分. */
  boolean fitsInFen() {
    return capRoundedFen != Fen.TOO_LARGE;
  }

  /** The cap, rounded to the 分 as {@link AmountRange} rounds it. */
  long capFen() {
    return capRoundedFen;
  }

  /** The amount for a known fact value, in 分; only when {@link #fitsInFen()}. */
  long amountFen(double base) {
    long amount = wholeYuanTimes(base);
    if (amount < 0) {
      return Fen.of(AmountRange.exactly(rule.amountFor(base)).max()); // not whole 元, or too large
    }
    return amount >= capFen ? capRoundedFen : amount;
  }

  /** The amount for a known fact value as a range, for the per-pair path. */
  AmountRange amount(double base, AmountRange atCap) {
    long amount = wholeYuanTimes(base);
    if (amount < 0) {
      return AmountRange.exactly(rule.amountFor(base));
    }
    return amount >= capFen ? atCap : AmountRange.exactly(BigDecimal.valueOf(amount, 2));
  }

  // 元 × (percent × 100) / 100 = 分, rounded half up; -1 means "not this case".
  private long wholeYuanTimes(double base) {
    if (basisPoints < 0 || base != Math.rint(base) || Math.abs(base) >= LONG_SAFE_YUAN) {
      return -1;
    }
    if (base <= 0) {
      return 0;
    }
    return ((long) base * basisPoints + 50) / 100;
  }

  private static long basisPoints(BigDecimal percent) {
    BigDecimal scaled = percent.movePointRight(2);
    boolean fits =
        scaled.stripTrailingZeros().scale() <= 0
            && scaled.compareTo(BigDecimal.valueOf(1_000_000)) < 0;
    return fits ? scaled.longValue() : -1;
  }

  private static long truncatedFen(BigDecimal yuan) {
    BigDecimal scaled = yuan.movePointRight(2);
    return scaled.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
        ? scaled.longValue()
        : Long.MAX_VALUE;
  }
}
