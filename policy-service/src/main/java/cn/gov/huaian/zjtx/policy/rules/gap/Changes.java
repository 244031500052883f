package cn.gov.huaian.zjtx.policy.rules.gap;

import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A candidate fix while searching: new values by fact name, sorted so equal fixes are equal. */
record Changes(Map<String, FactValue> values) {
  static final Changes NONE = new Changes(Map.of());

  Changes {
    values = new TreeMap<>(values);
  }

  static Changes of(String fact, FactValue value) {
    return new Changes(Map.of(fact, value));
  }

  /**
   * Both fixes at once. Two sets are joined; two other values for the same fact conflict, and the
   * other one is kept as an alternative for the caller to try.
   */
  List<Changes> with(Changes other) {
    Map<String, FactValue> merged = new TreeMap<>(values);
    boolean conflict = false;
    for (Map.Entry<String, FactValue> entry : other.values.entrySet()) {
      FactValue mine = merged.get(entry.getKey());
      if (mine instanceof TextSetValue a && entry.getValue() instanceof TextSetValue b) {
        Set<String> union = new HashSet<>(a.values());
        union.addAll(b.values());
        merged.put(entry.getKey(), new TextSetValue(union));
      } else {
        conflict |= mine != null && !mine.equals(entry.getValue());
        merged.put(entry.getKey(), entry.getValue());
      }
    }
    if (!conflict) {
      return List.of(new Changes(merged));
    }
    Map<String, FactValue> mineWins = new TreeMap<>(merged);
    mineWins.putAll(values);
    return List.of(new Changes(merged), new Changes(mineWins));
  }

  FactSet applyTo(FactSet facts) {
    FactSet changed = facts;
    for (Map.Entry<String, FactValue> entry : values.entrySet()) {
      changed = changed.with(entry.getKey(), entry.getValue());
    }
    return changed;
  }

  List<FactChange> describeAgainst(FactSet facts, FactCatalogue catalogue) {
    return values.entrySet().stream()
        .map(
            e ->
                new FactChange(
                    catalogue.require(e.getKey()), facts.values().get(e.getKey()), e.getValue()))
        .toList();
  }

  double effort(FactSet facts, FactCatalogue catalogue) {
    return describeAgainst(facts, catalogue).stream().mapToDouble(FactChange::effort).sum();
  }
}
