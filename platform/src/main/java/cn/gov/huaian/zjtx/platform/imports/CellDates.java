package cn.gov.huaian.zjtx.platform.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date as people type it into spreadsheets. Plain Java. */
public final class CellDates {
  private static final Pattern CN_DATE =
      Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");

  private CellDates() {}

  /** A cell that is not a date; the message says why, in Chinese. */
  public static final class NotADate extends Exception {
    private static final long serialVersionUID = 1L;

    NotADate(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The date a cell holds, or why it holds none.
   *
   * @param example a date written as it should be, for the message
   */
  public static LocalDate read(String text, String example) throws NotADate {
    LocalDate d;
    try {
      d = parse(text);
    } catch (DateTimeException e) {
      throw new NotADate("日期“" + text.strip() + "”不存在");
    }
    if (d == null) {
      throw new NotADate("日期“" + text.strip() + "”格式无法识别，请写作 " + example);
    }
    return d;
  }

  /**
   * "2012-05-18", "2012年5月18日", "2012.5.18", "20120518", "5/18/2012" (as Excel writes it) or an
   * Excel serial day number; null when the text has none of these shapes.
   *
   * @throws DateTimeException when it has the shape of a date that does not exist ("2012-13-01")
   */
  public static LocalDate parse(String text) {
    String t = text.strip();
    try {
      Matcher m = CN_DATE.matcher(t);
      if (m.matches()) {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
      if (t.matches("\\d{8}")) {
        return LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE);
      }
      m = US_DATE.matcher(t);
      if (m.matches()) {
        int y = Integer.parseInt(m.group(3));
        y = y < 100 ? (y > 50 ? 1900 + y : 2000 + y) : y;
        return LocalDate.of(y, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if (t.matches("\\d{5}(\\.0+)?")) {
        // an Excel serial day number (1900 date system)
        return LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(t));
      }
    } catch (RuntimeException e) {
      throw new DateTimeException(t, e);
    }
    return null;
  }
}
