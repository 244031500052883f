package cn.gov.huaian.zjtx.enterprise.platform.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Field-level errors collected by a validator, each naming the field (as the API spells it) and
 * saying in Chinese what is wrong. Plain Java, so domain cores can use it.
 */
public final class FieldErrors {
  /** One invalid field. */
  public record FieldError(String field, String message) {}

  private final List<FieldError> errors = new ArrayList<>();

  public FieldErrors add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> list() {
    return List.copyOf(errors);
  }

  /** Checks an optional text: trimmed length at most {@code max}; returns the trimmed text or null. */
  public String optionalText(String field, String label, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String t = value.strip();
    if (t.length() > max) {
      add(field, label + "不能超过 " + max + " 个字");
    } else if (t.chars().anyMatch(c -> Character.isISOControl(c))) {
      add(field, label + "不能包含控制字符");
    }
    return t;
  }

  /** Like {@link #optionalText} but the value must be present. */
  public String requiredText(String field, String label, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      add(field, label + "不能为空");
      return null;
    }
    String t = optionalText(field, label, value, max);
    if (t != null && t.length() < min) {
      add(field, label + "至少 " + min + " 个字");
    }
    return t;
  }

  /** An optional whole number within [min, max]. */
  public Integer range(String field, String label, Integer value, int min, int max, String unit) {
    if (value != null && (value < min || value > max)) {
      add(field, label + "应在 " + min + " 到 " + max + unit + " 之间");
    }
    return value;
  }
}
