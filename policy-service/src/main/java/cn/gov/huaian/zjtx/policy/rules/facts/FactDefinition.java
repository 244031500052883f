package cn.gov.huaian.zjtx.policy.rules.facts;

import java.util.Objects;
import java.util.Set;

/**
 * 事实目录中的一项：名称、类型、单位、中文名称。
 *
 * @param name the identifier used in rule JSON, e.g. {@code rd_ratio}
 * @param type what kind of value it holds
 * @param unit unit shown to people ({@code 元}, {@code %}, {@code 件}...), empty when none
 * @param label Chinese name shown in traces and validation messages
 * @param step the smallest meaningful change, used by the gap search to step past a strict
 *     threshold (1 for counts, 0.01 for percentages)
 * @param adjustable whether an enterprise can change it by its own effort; the gap search never
 *     proposes moving a district or a founding date
 * @param allowedValues the closed vocabulary of a text or text-set fact, empty when open
 */
public record FactDefinition(
    String name,
    FactType type,
    String unit,
    String label,
    double step,
    boolean adjustable,
    Set<String> allowedValues) {

  public FactDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    unit = unit == null ? "" : unit;
    Objects.requireNonNull(label, "label");
    allowedValues = allowedValues == null ? Set.of() : Set.copyOf(allowedValues);
  }

  public static FactDefinition number(String name, String unit, String label, double step) {
    return new FactDefinition(name, FactType.NUMBER, unit, label, step, true, Set.of());
  }

  public static FactDefinition flag(String name, String label) {
    return new FactDefinition(name, FactType.BOOLEAN, "", label, 0, true, Set.of());
  }

  public static FactDefinition text(String name, String label, Set<String> allowed) {
    return new FactDefinition(name, FactType.TEXT, "", label, 0, false, allowed);
  }

  public static FactDefinition textSet(String name, String label, Set<String> allowed) {
    return new FactDefinition(name, FactType.TEXT_SET, "", label, 0, true, allowed);
  }

  public static FactDefinition date(String name, String label) {
    return new FactDefinition(name, FactType.DATE, "", label, 0, false, Set.of());
  }

  public boolean isOpenVocabulary() {
    return allowedValues.isEmpty();
  }

  /** "研发费用占营业收入比重（rd_ratio）", the way messages name a fact. */
  public String displayName() {
    return label + "（" + name + "）";
  }
}
