package cn.gov.huaian.zjtx.matchmaking.imports;

import cn.gov.huaian.zjtx.platform.text.Csv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an import file into rows of fields: the first sheet of an XLSX workbook (streaming), a CSV
 * file (UTF-8 or GB18030), or JSON Lines (one object per line). Headers (or JSON keys) are mapped
 * to fields with {@link ImportKind#columns()}; a money header's unit ("预算上限（万元）") is kept so that
 * amounts become 元. Anything else is refused with a Chinese reason.
 */
public final class ImportFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ImportFile() {}

  /** The file cannot be read as a whole. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message) {
      super(message, null, false, false);
    }
  }

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

  public static Table read(byte[] bytes, String filename, ImportKind kind) throws Unreadable {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || !zip && looksLikeJson(bytes)) {
      return jsonLines(bytes, kind);
    }
    if (zip || name.endsWith(".xlsx")) {
      return table(xlsx(bytes), kind);
    }
    if (name.endsWith(".xls")
        || (bytes.length > 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF)) {
      throw new Unreadable("不支持旧版 Excel（.xls）文件，请另存为 .xlsx 后再导入");
    }
    return table(Csv.parse(Csv.decode(bytes)), kind);
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

  /** A header or key as compared: no spaces, stars or trailing unit, ASCII brackets, lower case. */
  static String normalize(String header) {
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
    h = h.replaceAll("\\((万元|元)\\)$", "");
    return h.toLowerCase(Locale.ROOT);
  }

  static long unitOf(String header) {
    String h = header == null ? "" : header.replace('（', '(').replace('）', ')').replace(" ", "");
    return h.endsWith("(万元)") ? 10_000 : 1;
  }

  /** The field a header names, or null. */
  static String fieldOf(String header, ImportKind kind) {
    String n = normalize(header);
    if (n.isEmpty()) {
      return null;
    }
    for (var e : kind.columns().entrySet()) {
      if (normalize(e.getKey()).equals(n)
          || e.getValue().stream().anyMatch(s -> normalize(s).equals(n))) {
        return e.getKey();
      }
    }
    return null;
  }

  static Table table(List<List<String>> raw, ImportKind kind) throws Unreadable {
    int first = 0;
    while (first < raw.size() && raw.get(first).stream().allMatch(String::isBlank)) {
      first++;
    }
    if (first >= raw.size()) {
      throw new Unreadable("文件为空");
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
      yuanPer.put(field, unitOf(h));
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

  static Table jsonLines(byte[] bytes, ImportKind kind) throws Unreadable {
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
          yuanPer.putIfAbsent(field, unitOf(e.getKey()));
          values.put(field, plain(e.getValue()));
        }
        rows.add(new Row(number, values));
      }
    } catch (java.io.IOException e) {
      throw new Unreadable("无法读取文件");
    }
    if (rows.isEmpty()) {
      throw new Unreadable("文件为空");
    }
    if (bad.size() == rows.size()) {
      throw new Unreadable("文件既不是 XLSX，也不是每行一个 JSON 对象的 JSON Lines 文件");
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

  private static List<List<String>> xlsx(byte[] bytes) throws Unreadable {
    List<List<String>> rows = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      var strings = new ReadOnlySharedStringsTable(pkg);
      var sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new Unreadable("文件中没有工作表");
      }
      try (InputStream sheet = sheets.next()) {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        XMLReader xml = factory.newSAXParser().getXMLReader();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(), strings, new Cells(rows), new IsoDates(), false));
        xml.parse(new InputSource(sheet));
      }
    } catch (Unreadable e) {
      throw e;
    } catch (Exception e) {
      throw new Unreadable("无法读取 XLSX 文件（文件可能已损坏或不是 Excel 文件）");
    }
    return rows;
  }

  /** Date cells as ISO dates, whole numbers without ".0". */
  private static final class IsoDates extends DataFormatter {
    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final List<List<String>> rows;
    private List<String> current;

    Cells(List<List<String>> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      while (rows.size() < rowNum) {
        rows.add(new ArrayList<>());
      }
      current = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      rows.add(current);
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int col = ref == null ? current.size() : new CellReference(ref).getCol();
      while (current.size() < col) {
        current.add("");
      }
      current.add(value == null ? "" : value);
    }
  }
}
