package cn.gov.huaian.zjtx.enterprise.imports;

import cn.gov.huaian.zjtx.platform.imports.CellDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
      return CellDates.read(t, "2012-05-18");
    } catch (CellDates.NotADate e) {
      throw new Bad(e.getMessage());
    }
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
