package cn.gov.huaian.zjtx.policy.rules.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * 金额区间（元）. Exact when min equals max; a range when unknown facts leave it open, e.g. a 10% R&D
 * subsidy capped at 50万 for a firm whose R&D spending is not known is 0..50万.
 *
 * <p>Both ends are kept to the 分 (scale 2), so equal money is equal whatever its source.
 */
public record AmountRange(BigDecimal min, BigDecimal max) {
  private static final int FEN = 2;

  public static final AmountRange ZERO = exactly(BigDecimal.ZERO);

  public AmountRange {
    min = Objects.requireNonNull(min, "min").setScale(FEN, RoundingMode.HALF_UP);
    max = Objects.requireNonNull(max, "max").setScale(FEN, RoundingMode.HALF_UP);
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("金额区间下限大于上限：" + min + " > " + max);
    }
  }

  public static AmountRange exactly(BigDecimal amount) {
    return new AmountRange(amount, amount);
  }

  public static AmountRange upTo(BigDecimal max) {
    return new AmountRange(BigDecimal.ZERO, max);
  }

  public boolean isExact() {
    return min.compareTo(max) == 0;
  }

  public boolean isZero() {
    return max.signum() == 0;
  }

  public AmountRange plus(AmountRange other) {
    return new AmountRange(min.add(other.min), max.add(other.max));
  }

  /** The better of two alternatives, end by end: what "take the highest" promises. */
  public AmountRange highest(AmountRange other) {
    return new AmountRange(min.max(other.min), max.max(other.max));
  }

  /** Both ends widened to cover the other range too: one of two outcomes, not known which. */
  public AmountRange span(AmountRange other) {
    return new AmountRange(min.min(other.min), max.max(other.max));
  }

  public AmountRange cappedAt(BigDecimal cap) {
    return new AmountRange(min.min(cap), max.min(cap));
  }

  /** "12.5万元" or "0～50万元", the way people read amounts. */
  public String toWanYuan() {
    return isExact() ? wan(min) + "万元" : wan(min) + "～" + wan(max) + "万元";
  }

  private static String wan(BigDecimal yuan) {
    return yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
