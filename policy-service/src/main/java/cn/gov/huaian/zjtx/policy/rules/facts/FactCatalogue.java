package cn.gov.huaian.zjtx.policy.rules.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 事实目录：规则可以引用的全部事实。Rules are validated against it on write, and its order gives every fact an
 * integer slot for the compiled engine.
 */
public final class FactCatalogue {
  private final List<FactDefinition> definitions;
  private final Map<String, Integer> slots = new LinkedHashMap<>();

  public FactCatalogue(List<FactDefinition> definitions) {
    this.definitions = List.copyOf(definitions);
    for (FactDefinition definition : this.definitions) {
      if (slots.putIfAbsent(definition.name(), slots.size()) != null) {
        throw new IllegalArgumentException("事实名称重复：" + definition.name());
      }
    }
  }

  public List<FactDefinition> definitions() {
    return definitions;
  }

  public Optional<FactDefinition> find(String name) {
    Integer slot = slots.get(name);
    return slot == null ? Optional.empty() : Optional.of(definitions.get(slot));
  }

  public FactDefinition require(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("未知的事实：" + name));
  }

  /** The slot of a fact in {@link EncodedFacts}; -1 when the fact is not in the catalogue. */
  public int slotOf(String name) {
    Integer slot = slots.get(name);
    return slot == null ? -1 : slot;
  }

  public int size() {
    return definitions.size();
  }
}
