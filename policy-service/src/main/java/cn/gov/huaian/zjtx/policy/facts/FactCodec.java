package cn.gov.huaian.zjtx.policy.facts;

import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.BooleanValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.DateValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fact values as stored in {@code enterprise_fact.facts} (plain JSON: numbers, booleans, strings,
 * ISO dates, arrays) and back, typed by the catalogue. A stored fact the catalogue no longer knows,
 * or no longer types the same way, is left out: unknown, never a wrong value.
 */
public final class FactCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FactCodec() {}

  public static ObjectNode toJson(Map<String, FactValue> values) {
    ObjectNode node = MAPPER.createObjectNode();
    values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              switch (e.getValue()) {
                case NumberValue n -> node.put(e.getKey(), n.value());
                case BooleanValue b -> node.put(e.getKey(), b.value());
                case TextValue t -> node.put(e.getKey(), t.value());
                case DateValue d -> node.put(e.getKey(), d.value().toString());
                case TextSetValue s -> {
                  ArrayNode array = node.putArray(e.getKey());
                  new TreeSet<>(s.values()).forEach(array::add);
                }
              }
            });
    return node;
  }

  public static FactSet toFactSet(JsonNode json, FactCatalogue catalogue, LocalDate asOf) {
    Map<String, FactValue> values = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      catalogue
          .find(e.getKey())
          .ifPresent(
              def -> {
                FactValue value = read(def, e.getValue());
                if (value != null) {
                  values.put(def.name(), value);
                }
              });
    }
    return new FactSet(asOf, values);
  }

  private static FactValue read(FactDefinition def, JsonNode node) {
    try {
      return switch (def.type()) {
        case NUMBER -> node.isNumber() ? new NumberValue(node.asDouble()) : null;
        case BOOLEAN -> node.isBoolean() ? new BooleanValue(node.asBoolean()) : null;
        case TEXT -> node.isTextual() ? new TextValue(node.asText()) : null;
        case DATE -> node.isTextual() ? new DateValue(LocalDate.parse(node.asText())) : null;
        case TEXT_SET -> {
          if (!node.isArray()) {
            yield null;
          }
          Set<String> members = new TreeSet<>();
          node.forEach(m -> members.add(m.asText()));
          yield new TextSetValue(members);
        }
      };
    } catch (RuntimeException e) {
      return null;
    }
  }
}
