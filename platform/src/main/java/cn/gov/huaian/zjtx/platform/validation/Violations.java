package cn.gov.huaian.zjtx.platform.validation;

import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.text.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects every invalid field of a request with a Chinese message naming the field, then fails
 * once with all of them, before anything is written. Plain Java, so domain cores use it too. Text
 * rules: length in characters (code points, so an emoji counts once), no control characters, no
 * broken surrogate pairs; HTML and mixed scripts are kept as plain text and escaped wherever they
 * are shown as markup.
 */
public final class Violations {
  private final List<Problem.Violation> list = new ArrayList<>();

  public Violations add(String field, String message) {
    list.add(new Problem.Violation(field, message));
    return this;
  }

  /** A required text of at least {@code min} characters. */
  public String requiredText(String field, String label, String value, int min, int max) {
    String text = requiredText(field, label, value, max);
    if (text != null && !text.isBlank() && text.codePointCount(0, text.length()) < min) {
      add(field, label + "至少 " + min + " 个字");
    }
    return text;
  }

  /** An optional whole number within [min, max]; {@code unit} follows the bound in the message. */
  public Integer range(String field, String label, Integer value, int min, int max, String unit) {
    if (value != null && (value < min || value > max)) {
      add(field, label + "应在 " + min + " 到 " + max + unit + " 之间");
    }
    return value;
  }

  /** A required text: present, not blank, at most {@code max} characters, clean. */
  public String requiredText(String field, String label, String value, int max) {
    if (value == null || value.isBlank()) {
      add(field, label + "不能为空");
      return value;
    }
    return optionalText(field, label, value, max);
  }

  /**
   * A required name or code: as {@link #requiredText(String, String, String, int, int)}, and
   * without bidirectional controls or zero-width characters ({@link Texts#hasHiddenFormatting}),
   * which make a name in a list or an export look like another. Refused, not stripped: the caller
   * sees what was wrong and nothing is silently changed.
   */
  public String requiredName(String field, String label, String value, int min, int max) {
    String text = requiredText(field, label, value, min, max);
    hiddenFormatting(field, label, text);
    return text;
  }

  /** An optional name or code, with the rule of {@link #requiredName}. */
  public String optionalName(String field, String label, String value, int max) {
    String text = optionalText(field, label, value, max);
    hiddenFormatting(field, label, text);
    return text;
  }

  private void hiddenFormatting(String field, String label, String text) {
    if (text != null
        && Texts.hasHiddenFormatting(text)
        && list.stream().noneMatch(v -> v.field().equals(field))) {
      add(field, label + "含有不可见的格式字符（双向控制符或零宽字符），请删除后重试");
    }
  }

  /** An optional text: when present, at most {@code max} characters and clean; trimmed. */
  public String optionalText(String field, String label, String value, int max) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    int length = trimmed.codePointCount(0, trimmed.length());
    if (length > max) {
      add(field, label + "不能超过 " + max + " 个字（当前 " + length + " 个）");
    } else if (!clean(trimmed)) {
      add(field, label + "含有不可见的控制字符或无效字符");
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

  public <T> void eachOf(
      String field,
      String label,
      Collection<T> values,
      int max,
      Predicate<T> valid,
      String invalidMessage) {
    if (values == null) {
      return;
    }
    if (values.size() > max) {
      add(field, label + "最多 " + max + " 项");
      return;
    }
    int i = 0;
    for (T v : values) {
      if (v == null || !valid.test(v)) {
        add(
            field + "[" + i + "]",
            label + " " + (v == null ? "空值" : "“" + shorten(v.toString()) + "”") + invalidMessage);
      }
      i++;
    }
  }

  public void money(String field, String label, BigDecimal value) {
    if (value == null) {
      return;
    }
    if (value.signum() < 0) {
      add(field, label + "不能为负数");
    } else if (value.scale() > 2) {
      add(field, label + "最多保留两位小数（元）");
    } else if (value.compareTo(new BigDecimal("1000000000000")) >= 0) {
      add(field, label + "超出允许范围");
    }
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** Every violation so far, in the order found. */
  public List<Problem.Violation> list() {
    return List.copyOf(list);
  }

  /** Throws a 400 problem listing every violation, if there is any. */
  public void throwIfAny() {
    if (list.isEmpty()) {
      return;
    }
    throw ProblemException.invalid(list);
  }

  static boolean clean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static String shorten(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
