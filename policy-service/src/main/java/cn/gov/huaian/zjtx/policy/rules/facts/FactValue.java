package cn.gov.huaian.zjtx.policy.rules.facts;

import java.time.LocalDate;
import java.util.Set;

/** 一个已知事实的值。An absent fact has no value at all: it is UNKNOWN, never zero or false. */
public sealed interface FactValue {
  FactType type();

  record NumberValue(double value) implements FactValue {
    public NumberValue {
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("数值事实必须是有限数：" + value);
      }
    }

    @Override
    public FactType type() {
      return FactType.NUMBER;
    }
  }

  record BooleanValue(boolean value) implements FactValue {
    @Override
    public FactType type() {
      return FactType.BOOLEAN;
    }
  }

  record TextValue(String value) implements FactValue {
    public TextValue {
      java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public FactType type() {
      return FactType.TEXT;
    }
  }

  record TextSetValue(Set<String> values) implements FactValue {
    public TextSetValue {
      values = Set.copyOf(values);
    }

    @Override
    public FactType type() {
      return FactType.TEXT_SET;
    }
  }

  record DateValue(LocalDate value) implements FactValue {
    public DateValue {
      java.util.Objects.requireNonNull(value, "value");
    }

    @Override
    public FactType type() {
      return FactType.DATE;
    }
  }
}
