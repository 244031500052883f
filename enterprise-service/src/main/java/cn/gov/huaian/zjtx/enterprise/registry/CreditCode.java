package cn.gov.huaian.zjtx.enterprise.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits and capital letters
 * without I, O, Z, S, V): registration authority (1), organisation type (1), division code of the
 * registering authority (6 digits), organisation code (9), check character (1). The check character
 * makes the weighted sum, with weights 3^(i-1) mod 31, a multiple of 31.
 */
public final class CreditCode {
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /**
   * Registration authorities of GB 32100-2015 table 1: 机构编制, 外交, 司法行政, 文化, 民政, 旅游, 宗教, 工会, 工商,
   * 中央军委改革和编制办公室, 农业, 其他.
   */
  private static final String AUTHORITIES = "123456789ANY";

  private CreditCode() {}

  /** The code in canonical form (trimmed, upper case), whatever its validity. */
  public static String normalize(String raw) {
    return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
  }

  /** Why {@code raw} is not a valid code, in Chinese, or empty when it is valid. */
  public static Optional<String> problem(String raw) {
    String code = normalize(raw);
    if (code == null || code.isEmpty()) {
      return Optional.of("统一社会信用代码不能为空");
    }
    if (code.length() != 18) {
      return Optional.of("统一社会信用代码应为 18 位，实际为 " + code.length() + " 位");
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.of(
            "统一社会信用代码第 " + (i + 1) + " 位“" + code.charAt(i) + "”不是允许的字符（数字或除 I、O、Z、S、V 以外的大写字母）");
      }
    }
    if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
      return Optional.of("统一社会信用代码第 1 位（登记管理部门代码）不正确");
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return Optional.of("统一社会信用代码第 3–8 位应为登记管理机关行政区划码（6 位数字）");
      }
    }
    char expected = checkCharacter(code.substring(0, 17));
    if (code.charAt(17) != expected) {
      return Optional.of("统一社会信用代码校验位不正确（按 GB 32100-2015 应为“" + expected + "”）");
    }
    return Optional.empty();
  }

  public static boolean isValid(String raw) {
    return problem(raw).isEmpty();
  }

  /** The check character for the first 17 characters of a code. */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("需要 17 位本体代码");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("非法字符 " + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** A complete code from its first 17 characters (used by generators and tests). */
  public static String withCheck(String first17) {
    return first17 + checkCharacter(first17);
  }
}
