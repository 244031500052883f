package cn.gov.huaian.zjtx.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import cn.gov.huaian.zjtx.platform.text.Texts;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A name or code without bidirectional controls or zero-width characters ({@link
 * Texts#hasHiddenFormatting}): the Bean Validation form of {@link Violations#requiredName}.
 */
@Documented
@Constraint(validatedBy = PlainName.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainName {
  String message() default "不能含有不可见的格式字符（双向控制符或零宽字符），请删除后重试";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check. */
  class Check implements ConstraintValidator<PlainName, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || !Texts.hasHiddenFormatting(value);
    }
  }
}
