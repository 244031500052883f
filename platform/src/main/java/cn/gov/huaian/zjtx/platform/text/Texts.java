package cn.gov.huaian.zjtx.platform.text;

/**
 * Characters that are valid Unicode but make text lie about itself: bidirectional controls (the
 * "RLO" trick that shows {@code 示范企业‮exe.txt} reversed) and invisible zero-width characters (two
 * names that look the same but differ). Names and codes refuse them (see {@code
 * Violations#requiredName}); free text keeps them, escaped wherever it is shown as markup. Also the
 * two things PostgreSQL cannot store faithfully: NUL and unpaired UTF-16 surrogates.
 */
public final class Texts {
  private Texts() {}

  /**
   * Bidi embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E/U+200F
   * and U+061C; zero-width space, non-joiner and joiner U+200B–U+200D, word joiner U+2060, and the
   * zero-width no-break space (byte-order mark) U+FEFF.
   */
  public static boolean isHiddenFormatting(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C
        || (c >= 0x200B && c <= 0x200D)
        || c == 0x2060
        || c == 0xFEFF;
  }

  /** Whether {@code s} holds any {@linkplain #isHiddenFormatting hidden formatting} character. */
  public static boolean hasHiddenFormatting(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isHiddenFormatting(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code s} cannot be stored as it is: a NUL character (PostgreSQL refuses it in text and
   * jsonb) or a UTF-16 surrogate without its pair (stored as '?', so the answer and the record
   * would differ).
   */
  public static boolean isUnstorable(String s) {
    return unstorableReason(s) != null;
  }

  /** Why {@code s} cannot be stored, in Chinese, or null when it can. */
  public static String unstorableReason(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return "含有空字符（\\u0000）";
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return "含有不成对的 UTF-16 代理字符（无效的 Unicode 文本）";
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return "含有不成对的 UTF-16 代理字符（无效的 Unicode 文本）";
      }
    }
    return null;
  }
}
