package cn.gov.huaian.zjtx.matchmaking.imports;

import cn.gov.huaian.zjtx.platform.imports.Headers;
import cn.gov.huaian.zjtx.platform.imports.Sheets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an import file into rows of fields: the first sheet of an XLSX workbook (streaming), a CSV
 * file (UTF-8 or GB18030), or JSON Lines (one object per line). Headers (or JSON keys) are mapped
 * to fields with {@link ImportKind#columns()}; a money header's unit ("预算上限（万元）") is kept so that
 * amounts become 元. Anything else is refused with a Chinese reason.
 */
public final class ImportFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ImportFile() {}

  /**
   * One row: its number in the file (sheet row or line, from 1) and its values by field (text, or
   * for JSON also numbers, booleans, lists and objects).
   */
  public record Row(int number, Map<String, Object> values) {
    public boolean blank() {
      return values.values().stream().allMatch(v -> v == null || v.toString().isBlank());
    }
  }

  /**
   * The rows, the column (or key) that named each field, the factor that turns each money field
   * into 元, and the columns that were not recognised.
   */
  public record Table(
      List<Row> rows,
      Map<String, String> headerOf,
      Map<String, Long> yuanPer,
      List<String> ignored) {
    /** The column name to show for a field in messages. */
    public String header(String field) {
      return headerOf.getOrDefault(field, field);
    }
  }

  public static Table read(byte[] bytes, String filename, ImportKind kind)
      throws Sheets.Unreadable {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl")
        || name.endsWith(".ndjson")
        || !Sheets.isZip(bytes) && looksLikeJson(bytes)) {
      return jsonLines(bytes, kind);
    }
    return table(Sheets.read(bytes, filename, ".xlsx"), kind);
  }

  private static boolean looksLikeJson(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '{') {
        return true;
      }
      if (!Character.isWhitespace(b)
          && (b & 0xff) != 0xEF
          && (b & 0xff) != 0xBB
          && (b & 0xff) != 0xBF) {
        return false;
      }
    }
    return false;
  }

  /** The field a header names, or null. */
  static String fieldOf(String header, ImportKind kind) {
    return Headers.fieldOf(header, kind.columns(), true);
  }

  static Table table(List<List<String>> raw, ImportKind kind) throws Sheets.Unreadable {
    int first = Sheets.firstFilled(raw);
    if (first < 0) {
      throw new Sheets.Unreadable("文件为空");
    }
    List<String> headers = raw.get(first);
    Map<Integer, String> fieldAt = new LinkedHashMap<>();
    Map<String, String> headerOf = new LinkedHashMap<>();
    Map<String, Long> yuanPer = new LinkedHashMap<>();
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i);
      if (h == null || h.isBlank()) {
        continue;
      }
      String field = fieldOf(h, kind);
      if (field == null || headerOf.containsKey(field)) {
        ignored.add(h.strip());
        continue;
      }
      fieldAt.put(i, field);
      headerOf.put(field, h.strip());
      yuanPer.put(field, Headers.unitOf(h));
    }
    var rows = new ArrayList<Row>();
    for (int r = first + 1; r < raw.size(); r++) {
      List<String> cells = raw.get(r);
      Map<String, Object> values = new LinkedHashMap<>();
      fieldAt.forEach((i, f) -> values.put(f, i < cells.size() ? cells.get(i) : ""));
      var row = new Row(r + 1, values);
      if (!row.blank()) {
        rows.add(row);
      }
    }
    return new Table(rows, headerOf, yuanPer, ignored);
  }

  static Table jsonLines(byte[] bytes, ImportKind kind) throws Sheets.Unreadable {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    var rows = new ArrayList<Row>();
    Map<String, String> headerOf = new LinkedHashMap<>();
    Map<String, Long> yuanPer = new LinkedHashMap<>();
    var ignored = new LinkedHashSet<String>();
    var bad = new ArrayList<Integer>();
    try (var reader = new BufferedReader(new StringReader(text))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (Exception e) {
          node = null;
        }
        if (node == null || !node.isObject()) {
          bad.add(number);
          rows.add(
              new Row(number, Map.of(ImportRows.UNREADABLE, "第 " + number + " 行不是一个 JSON 对象")));
          continue;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (var e : node.properties()) {
          String field = fieldOf(e.getKey(), kind);
          if (field == null) {
            ignored.add(e.getKey());
            continue;
          }
          headerOf.putIfAbsent(field, e.getKey());
          yuanPer.putIfAbsent(field, Headers.unitOf(e.getKey()));
          values.put(field, plain(e.getValue()));
        }
        rows.add(new Row(number, values));
      }
    } catch (java.io.IOException e) {
      throw new Sheets.Unreadable("无法读取文件");
    }
    if (rows.isEmpty()) {
      throw new Sheets.Unreadable("文件为空");
    }
    if (bad.size() == rows.size()) {
      throw new Sheets.Unreadable("文件既不是 XLSX，也不是每行一个 JSON 对象的 JSON Lines 文件");
    }
    return new Table(rows, headerOf, yuanPer, List.copyOf(ignored));
  }

  /** JSON as plain Java: text, number, boolean, list, map; null for null. */
  static Object plain(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isTextual()) {
      return n.asText();
    }
    if (n.isNumber()) {
      return n.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isArray()) {
      var list = new ArrayList<Object>();
      n.forEach(x -> list.add(plain(x)));
      return list;
    }
    var map = new LinkedHashMap<String, Object>();
    n.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
    return map;
  }
}
