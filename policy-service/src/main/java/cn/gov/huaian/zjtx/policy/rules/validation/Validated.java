package cn.gov.huaian.zjtx.policy.rules.validation;

import java.util.List;
import java.util.function.Function;

/**
 * 校验结果：either a valid value or every error found, so a rule author fixes them all in one go and the
 * REST layer turns them into one 400 with field-level violations.
 */
public sealed interface Validated<T> {

  static <T> Validated<T> valid(T value) {
    return new Valid<>(value);
  }

  static <T> Validated<T> invalid(List<RuleError> errors) {
    return new Invalid<>(errors);
  }

  boolean isValid();

  /** The value; throws {@link IllegalStateException} listing the errors when invalid. */
  T orElseThrow();

  List<RuleError> errors();

  <R> Validated<R> map(Function<T, R> mapping);

  record Valid<T>(T value) implements Validated<T> {
    @Override
    public boolean isValid() {
      return true;
    }

    @Override
    public T orElseThrow() {
      return value;
    }

    @Override
    public List<RuleError> errors() {
      return List.of();
    }

    @Override
    public <R> Validated<R> map(Function<T, R> mapping) {
      return new Valid<>(mapping.apply(value));
    }
  }

  record Invalid<T>(List<RuleError> errors) implements Validated<T> {
    public Invalid {
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid result needs at least one error");
      }
      errors = List.copyOf(errors);
    }

    @Override
    public boolean isValid() {
      return false;
    }

    @Override
    public T orElseThrow() {
      throw new IllegalStateException("规则无效：" + errors);
    }

    @Override
    public <R> Validated<R> map(Function<T, R> mapping) {
      return new Invalid<>(errors);
    }
  }
}
