package cn.gov.huaian.zjtx.matchmaking.reference;

import java.util.ArrayList;

/** Splits one CSV line with double-quoted fields (the reference files have commas in quotes). */
final class Csv {
  private Csv() {}

  static String[] split(String line) {
    var fields = new ArrayList<String>();
    var current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        fields.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString());
    return fields.toArray(String[]::new);
  }
}
