package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.benefit.TaxSaving;
import java.math.BigDecimal;

/**
 * 奖补如实显示：an amount only where the document states one; a certification, a service, a tax preference
 * or a loan shows its kind and the document's own words, never "0万元".
 */
public final class BenefitDisplay {
  /** At most this many characters of the document's benefit text in a one-line display. */
  static final int SHORT = 80;

  private BenefitDisplay() {}

  /**
   * "约 600万元" when the rules estimate money; "认定类：认定为专精特新中小企业…" when they give none; "未写明金额" for a
   * program written before benefit kinds with no amount.
   */
  public static String text(String kind, String benefitText, AmountRange amount) {
    if (amount != null && amount.max().compareTo(BigDecimal.ZERO) > 0) {
      return "约 " + amount.toWanYuan();
    }
    if (kind == null) {
      return benefitText == null ? "未写明金额" : shorten(benefitText);
    }
    if (benefitText == null || benefitText.isBlank()) {
      return kind;
    }
    String text = shorten(benefitText.strip());
    return text.startsWith(kind) ? text : kind + "：" + text;
  }

  /**
   * Cash first; a tax preference that pays no cash shows its estimate ("估算节税约 …"), marked as one,
   * never added to the cash amount.
   */
  public static String withTax(String display, AmountRange cash, TaxSaving tax) {
    return tax != null && !monetary(cash) ? tax.display() : display;
  }

  /** Whether a display carries money (the UI shows it as an amount, not a kind). */
  public static boolean monetary(AmountRange amount) {
    return amount != null && amount.max().compareTo(BigDecimal.ZERO) > 0;
  }

  private static String shorten(String text) {
    return text.codePointCount(0, text.length()) <= SHORT
        ? text
        : text.substring(0, text.offsetByCodePoints(0, SHORT - 1)) + "…";
  }
}
