package cn.gov.huaian.zjtx.matchmaking.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * University names as people write them, compared. Two names with the same {@link #key} are one
 * university written twice (full-width brackets, spaces, letter case). Two different keys with the
 * same {@link #stem} (the name without its level of institution, 大学 / 学院 / 职业技术学院 …, and without a
 * bracketed campus or note) are probably one university renamed or miswritten (淮安信息职业技术学院 and
 * 淮安信息职业技术大学), or two that are easily confused (中国矿业大学 and 中国矿业大学（北京）): an import asks which, it
 * never decides alone. Plain Java.
 */
public final class UniversityNames {
  /**
   * Levels of institution a name ends with, longest first; the discipline words before them (师范,
   * 理工, 工业, 科技 …) stay in the stem, so 江苏大学 and 江苏科技大学 are not confused.
   */
  static final List<String> LEVELS =
      List.of("高等职业技术学校", "职业技术大学", "职业技术学院", "高等专科学校", "职业大学", "职业学院", "专科学校", "大学", "学院", "学校");

  private UniversityNames() {}

  /**
   * The identity of a name: NFKC (full-width letters, digits and brackets made ASCII), no
   * whitespace, every kind of bracket as ( ), Latin letters in lower case, no trailing punctuation.
   */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    var out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
              }
              switch (c) {
                case '【', '〔', '[', '｛', '{' -> out.append('(');
                case '】', '〕', ']', '｝', '}' -> out.append(')');
                default -> out.appendCodePoint(c);
              }
            });
    int end = out.length();
    while (end > 0 && "。．.,，、;；:：".indexOf(out.charAt(end - 1)) >= 0) {
      end--;
    }
    return out.substring(0, end);
  }

  /** The name without bracketed parts and without its level of institution. */
  public static String stem(String name) {
    String k = key(name).replaceAll("\\([^()]*\\)", "");
    for (String level : LEVELS) {
      if (k.endsWith(level) && k.length() > level.length()) {
        return k.substring(0, k.length() - level.length());
      }
    }
    return k;
  }

  /**
   * Whether two names that are not the same ({@link #key} differs) may still name one university:
   * the same stem, or the same key but for one character in names of five characters or more (a
   * typing slip: 淮阴工学苑).
   */
  public static boolean similar(String a, String b) {
    String ka = key(a);
    String kb = key(b);
    if (ka.isEmpty() || kb.isEmpty() || ka.equals(kb)) {
      return false;
    }
    String sa = stem(a);
    if (!sa.isEmpty() && sa.equals(stem(b))) {
      return true;
    }
    return Math.min(ka.length(), kb.length()) >= 5 && withinOneEdit(ka, kb);
  }

  /** Levenshtein distance ≤ 1 (one character replaced, added or dropped). */
  static boolean withinOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    boolean edited = false;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (edited) {
        return false;
      }
      edited = true;
      if (a.length() > b.length()) {
        i++;
      } else if (b.length() > a.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return !edited || i == a.length() && j == b.length();
  }
}
