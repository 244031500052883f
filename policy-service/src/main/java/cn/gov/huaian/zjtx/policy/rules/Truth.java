package cn.gov.huaian.zjtx.policy.rules;

/**
 * 三值逻辑（Kleene）：真、假、未知。A missing fact makes a test UNKNOWN, never FALSE.
 *
 * <p>The order FALSE &lt; UNKNOWN &lt; TRUE is load-bearing: "all" is the minimum, "any" the
 * maximum and "not" the mirror image, which is also how the compiled engine computes them on the
 * {@link #code()} integers.
 */
public enum Truth {
  FALSE,
  UNKNOWN,
  TRUE;

  public static final int FALSE_CODE = 0;
  public static final int UNKNOWN_CODE = 1;
  public static final int TRUE_CODE = 2;

  private static final Truth[] BY_CODE = values();

  public int code() {
    return ordinal();
  }

  public static Truth ofCode(int code) {
    return BY_CODE[code];
  }

  public static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public Truth and(Truth other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Truth or(Truth other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Truth not() {
    return BY_CODE[TRUE_CODE - code()];
  }

  /** Chinese word shown in traces. */
  public String label() {
    return switch (this) {
      case TRUE -> "满足";
      case FALSE -> "不满足";
      case UNKNOWN -> "未知";
    };
  }
}
