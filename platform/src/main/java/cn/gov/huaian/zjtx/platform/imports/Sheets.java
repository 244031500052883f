package cn.gov.huaian.zjtx.platform.imports;

import cn.gov.huaian.zjtx.platform.text.Csv;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Reads the first sheet of an XLSX workbook (streaming, so large files do not fill the heap) or a
 * CSV file (UTF-8 or GB18030) into rows of cell text. Date cells become ISO dates, whole numbers
 * lose their ".0". A file that is neither is refused with a Chinese reason.
 */
public final class Sheets {
  private Sheets() {}

  /** The file cannot be read as a whole; the message says why, in Chinese. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The rows of an XLSX or CSV file.
   *
   * @param saveAs the formats to suggest for an old .xls file, e.g. ".xlsx 或 .csv"
   */
  public static List<List<String>> read(byte[] bytes, String filename, String saveAs)
      throws Unreadable {
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (isZip(bytes) || name.endsWith(".xlsx")) {
      return xlsx(bytes);
    }
    if (name.endsWith(".xls")
        || (bytes.length > 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF)) {
      throw new Unreadable("不支持旧版 Excel（.xls）文件，请另存为 " + saveAs + " 后再导入");
    }
    return Csv.parse(Csv.decode(bytes));
  }

  /** Starts like a zip archive (an XLSX workbook is one). */
  public static boolean isZip(byte[] bytes) {
    return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
  }

  /** Whether every cell of a row is blank. */
  public static boolean blank(List<String> row) {
    return row.stream().allMatch(String::isBlank);
  }

  /** The index of the first row that is not blank (the header row), or -1 for an empty sheet. */
  public static int firstFilled(List<List<String>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (!blank(rows.get(i))) {
        return i;
      }
    }
    return -1;
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
                reader.getStylesTable(), strings, new Rows(rows), new IsoDates(), false));
        xml.parse(new InputSource(sheet));
      }
    } catch (Unreadable e) {
      throw e;
    } catch (Exception e) {
      throw new Unreadable("无法读取 XLSX 文件（文件可能已损坏或不是 Excel 文件）");
    }
    return rows;
  }

  /** Date cells as ISO dates whatever their display format, whole numbers without ".0". */
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
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final List<List<String>> rows;
    private List<String> current;

    Rows(List<List<String>> rows) {
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
