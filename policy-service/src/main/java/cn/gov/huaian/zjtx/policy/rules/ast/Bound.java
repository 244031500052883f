package cn.gov.huaian.zjtx.policy.rules.ast;

/**
 * One end of a range. An open end is an infinite value, which every finite fact passes.
 *
 * @param value the bound
 * @param inclusive whether the bound itself is in the range (gte/lte rather than gt/lt)
 */
public record Bound(double value, boolean inclusive) {
  public static final Bound OPEN_BELOW = new Bound(Double.NEGATIVE_INFINITY, true);
  public static final Bound OPEN_ABOVE = new Bound(Double.POSITIVE_INFINITY, true);

  public boolean isOpen() {
    return Double.isInfinite(value);
  }

  public boolean admitsFromBelow(double actual) {
    return inclusive ? actual >= value : actual > value;
  }

  public boolean admitsFromAbove(double actual) {
    return inclusive ? actual <= value : actual < value;
  }
}
