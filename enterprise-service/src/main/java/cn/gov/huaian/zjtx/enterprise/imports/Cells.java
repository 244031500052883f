package cn.gov.huaian.zjtx.enterprise.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses cell text as people type it into spreadsheets. Each parser throws {@link Bad} with a
 * Chinese reason.
 */
public final class Cells {
  private Cells() {}

  /** A cell that cannot be read; the message says why, in Chinese. */
  public static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;

    public Bad(String message) {
      super(message, null, false, false);
    }
  }

  private static final Pattern CN_DATE =
      Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");
  private static final List<String> NONE = List.of("无", "否", "-", "—", "/", "不在园区");

  public static String text(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public static boolean none(String s) {
    return s != null && NONE.contains(s.strip());
  }

  public static LocalDate date(String s) throws Bad {
    String t = text(s);
    if (t == null) {
      return null;
    }
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
      throw new Bad("日期“" + t + "”不存在");
    }
    throw new Bad("日期“" + t + "”格式无法识别，请写作 2012-05-18");
  }

  public static BigDecimal number(String s) throws Bad {
    String t = text(s);
    if (t == null) {
      return null;
    }
    String n = t.replace(",", "").replace("，", "").replace(" ", "");
    try {
      return new BigDecimal(n);
    } catch (NumberFormatException e) {
      throw new Bad("“" + t + "”不是数字");
    }
  }

  /** Money in 元, given the header's unit (1 for 元, 10000 for 万元). */
  public static BigDecimal money(String s, long yuanPerUnit) throws Bad {
    BigDecimal v = number(s);
    return v == null
        ? null
        : v.multiply(BigDecimal.valueOf(yuanPerUnit))
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros();
  }

  public static Integer whole(String s) throws Bad {
    BigDecimal v = number(s);
    if (v == null) {
      return null;
    }
    try {
      return v.stripTrailingZeros().intValueExact();
    } catch (ArithmeticException e) {
      throw new Bad("“" + s.strip() + "”应为整数");
    }
  }

  /**
   * A rate in percent: "55%", "55" and "0.55" (a fraction, as Excel stores percent cells) all give
   * 55.
   */
  public static BigDecimal percent(String s) throws Bad {
    String t = text(s);
    if (t == null) {
      return null;
    }
    boolean marked = t.endsWith("%") || t.endsWith("％");
    BigDecimal v = number(marked ? t.substring(0, t.length() - 1) : t);
    if (!marked && v.compareTo(BigDecimal.ONE) < 0 && v.scale() > 0) {
      v = v.movePointRight(2);
    }
    return v.stripTrailingZeros();
  }

  /** 上云星级: "3", "3星", "三星级", "未上云" (0). */
  public static Integer stars(String s) throws Bad {
    String t = text(s);
    if (t == null) {
      return null;
    }
    if (t.contains("未") || t.equals("无")) {
      return 0;
    }
    String digits = t.replace("星级", "").replace("星", "").replace("级", "");
    int cn = "零一二三四五".indexOf(digits);
    if (digits.length() == 1 && cn >= 0) {
      return cn;
    }
    return whole(digits);
  }
}
