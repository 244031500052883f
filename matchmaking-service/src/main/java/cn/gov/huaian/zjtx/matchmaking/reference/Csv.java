package cn.gov.huaian.zjtx.matchmaking.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.function.Consumer;

/** Reads the reference CSV files shipped in the jar (double-quoted fields may hold commas). */
final class Csv {
  private Csv() {}

  /** Each line after the header of a CSV resource, split into fields. */
  static void eachRow(String resource, Consumer<String[]> row) {
    try (var in = Csv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("缺少参考数据 " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.readLine();
      for (String line; (line = reader.readLine()) != null; ) {
        row.accept(split(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
