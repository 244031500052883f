package cn.gov.huaian.zjtx.enterprise.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One 2025 target of the action plan (淮中小〔2023〕1号) and how the platform measures it. Plain Java:
 * the comparison and the ratio are the rule, the actual comes from the data.
 */
public record Target(
    String key,
    String name,
    String unit,
    Comparison comparison,
    BigDecimal target,
    String definition) {

  /** How the actual must compare with the target for it to be met. */
  public enum Comparison {
    AT_LEAST("≥"),
    MORE_THAN(">"),
    AT_MOST("≤"),
    ABOUT("≈");

    public final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }
  }

  /** A target against its actual value. */
  public record Status(
      String key,
      String name,
      String unit,
      String comparison,
      BigDecimal target,
      BigDecimal actual,
      BigDecimal ratio,
      Boolean met,
      String definition) {}

  /**
   * The actual against this target: ratio = actual / target (null when unknown); met per
   * comparison.
   */
  public Status evaluate(BigDecimal actual) {
    if (actual == null) {
      return new Status(key, name, unit, comparison.symbol, target, null, null, null, definition);
    }
    BigDecimal ratio = target.signum() == 0 ? null : actual.divide(target, 4, RoundingMode.HALF_UP);
    int c = actual.compareTo(target);
    boolean met =
        switch (comparison) {
          case AT_LEAST, ABOUT -> c >= 0;
          case MORE_THAN -> c > 0;
          case AT_MOST -> c <= 0;
        };
    return new Status(key, name, unit, comparison.symbol, target, actual, ratio, met, definition);
  }
}
