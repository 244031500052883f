package cn.gov.huaian.zjtx.platform.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches the column headers people write ("营业收入（万元）", "*社会信用代码", "乡镇（街道）") to fields, and reads
 * the unit a money header names. Plain Java.
 */
public final class Headers {
  private Headers() {}

  /**
   * A header as compared: no spaces, BOM or required-field stars, no trailing unit in brackets,
   * full-width brackets, lower case.
   */
  public static String normalize(String header) {
    String h =
        header == null
            ? ""
            : header
                .strip()
                .replace("\uFEFF", "")
                .replace(" ", "")
                .replace("\u3000", "")
                .replace("*", "")
                .replace("＊", "");
    h = h.replace('（', '(').replace('）', ')');
    h = h.replaceAll("\\((万元|元|%|％|人|件|个|年|星)\\)$", "");
    return h.replace('(', '（').replace(')', '）').toLowerCase(Locale.ROOT);
  }

  /** The factor that turns a money column's values into 元: 10000 for "（万元）", 1 by default. */
  public static long unitOf(String header) {
    String h = header == null ? "" : header.replace('（', '(').replace('）', ')').replace(" ", "");
    if (h.contains("(万元)")) {
      return 10_000;
    }
    if (h.contains("(亿元)")) {
      return 100_000_000;
    }
    return 1;
  }

  /**
   * The field a header names, or null.
   *
   * @param synonyms field → the headers that name it, in order of preference
   * @param keysToo whether the field's own name is accepted as a header too
   */
  public static String fieldOf(String header, Map<String, List<String>> synonyms, boolean keysToo) {
    String n = normalize(header);
    if (n.isEmpty()) {
      return null;
    }
    for (var e : synonyms.entrySet()) {
      if (keysToo && normalize(e.getKey()).equals(n)
          || e.getValue().stream().anyMatch(s -> normalize(s).equals(n))) {
        return e.getKey();
      }
    }
    return null;
  }
}
