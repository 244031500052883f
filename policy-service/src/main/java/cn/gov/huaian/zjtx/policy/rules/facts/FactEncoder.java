package cn.gov.huaian.zjtx.policy.rules.facts;

import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.BooleanValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.DateValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextValue;
import java.util.Arrays;
import java.util.Map;

/**
 * Turns a {@link FactSet} into {@link EncodedFacts} over the slots of one catalogue. Encode an
 * enterprise once per re-match, then evaluate it against every compiled program.
 */
public final class FactEncoder {
  private final FactCatalogue catalogue;
  private final Symbols symbols;

  public FactEncoder(FactCatalogue catalogue, Symbols symbols) {
    this.catalogue = catalogue;
    this.symbols = symbols;
  }

  public FactCatalogue catalogue() {
    return catalogue;
  }

  public Symbols symbols() {
    return symbols;
  }

  public EncodedFacts encode(FactSet facts) {
    double[] scalars = new double[catalogue.size()];
    long[][] sets = new long[catalogue.size()][];
    Arrays.fill(scalars, Double.NaN);
    for (Map.Entry<String, FactValue> entry : facts.values().entrySet()) {
      int slot = catalogue.slotOf(entry.getKey());
      if (slot < 0) {
        continue; // facts outside the catalogue cannot be referenced by a valid rule
      }
      requireDeclaredType(entry.getKey(), entry.getValue(), slot);
      switch (entry.getValue()) {
        case NumberValue number -> scalars[slot] = number.value();
        case BooleanValue flag -> scalars[slot] = flag.value() ? 1 : 0;
        case TextValue text -> scalars[slot] = symbols.idOf(text.value());
        case DateValue date -> scalars[slot] = PackedDates.pack(date.value());
        case TextSetValue set -> sets[slot] = symbols.bitsOf(set.values());
      }
    }
    return new EncodedFacts(scalars, sets, PackedDates.pack(facts.asOf()));
  }

  private void requireDeclaredType(String name, FactValue value, int slot) {
    FactDefinition definition = catalogue.definitions().get(slot);
    if (definition.type() != value.type()) {
      throw new IllegalArgumentException(
          "事实 "
              + definition.displayName()
              + " 应为"
              + definition.type().label()
              + "，实为"
              + value.type().label());
    }
  }
}
