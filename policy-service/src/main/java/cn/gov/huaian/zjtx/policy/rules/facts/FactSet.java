package cn.gov.huaian.zjtx.policy.rules.facts;

import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.BooleanValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.DateValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextValue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 一家企业的事实集合，截至某一日期。
 *
 * @param asOf the date the facts describe; "years since" tests count up to this day
 * @param values known facts by name; a fact not in the map is unknown
 */
public record FactSet(LocalDate asOf, Map<String, FactValue> values) {

  public FactSet {
    Objects.requireNonNull(asOf, "asOf");
    values = Map.copyOf(values);
  }

  public static Builder asOf(LocalDate asOf) {
    return new Builder(asOf);
  }

  public Optional<FactValue> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public boolean isKnown(String name) {
    return values.containsKey(name);
  }

  /** A copy with one fact set (or replaced); how the gap search tries a change. */
  public FactSet with(String name, FactValue value) {
    Map<String, FactValue> copy = new HashMap<>(values);
    copy.put(name, value);
    return new FactSet(asOf, copy);
  }

  public FactSet without(String name) {
    Map<String, FactValue> copy = new HashMap<>(values);
    copy.remove(name);
    return new FactSet(asOf, copy);
  }

  /** Fluent construction for tests, seeds and the read model. */
  public static final class Builder {
    private final LocalDate asOf;
    private final Map<String, FactValue> values = new HashMap<>();

    private Builder(LocalDate asOf) {
      this.asOf = asOf;
    }

    public Builder number(String name, double value) {
      values.put(name, new NumberValue(value));
      return this;
    }

    public Builder flag(String name, boolean value) {
      values.put(name, new BooleanValue(value));
      return this;
    }

    public Builder text(String name, String value) {
      values.put(name, new TextValue(value));
      return this;
    }

    public Builder textSet(String name, String... members) {
      values.put(name, new TextSetValue(Set.of(members)));
      return this;
    }

    public Builder textSet(String name, Set<String> members) {
      values.put(name, new TextSetValue(members));
      return this;
    }

    public Builder date(String name, LocalDate value) {
      values.put(name, new DateValue(value));
      return this;
    }

    public Builder value(String name, FactValue value) {
      values.put(name, value);
      return this;
    }

    public FactSet build() {
      return new FactSet(asOf, values);
    }
  }
}
