package cn.gov.huaian.zjtx.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The part of JSON Schema 2020-12 the event contracts use (shared by the services' contract tests
 * through platform's test-jar): type (one or a list), const, enum, required, properties,
 * additionalProperties=false, items, minItems/maxItems, minimum/maximum, minLength, pattern, and
 * the formats uuid, date and date-time. Unknown keywords are ignored (descriptions, titles); enough
 * to catch a producer that drifts from its contract.
 */
public final class MiniJsonSchema {
  private static final Map<String, Pattern> FORMATS =
      Map.of(
          "uuid", Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
          "date", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
          "date-time",
              Pattern.compile(
                  "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"));

  private MiniJsonSchema() {}

  /** Every way {@code value} breaks {@code schema}; empty when it conforms. */
  public static List<String> errors(JsonNode schema, JsonNode value) {
    List<String> out = new ArrayList<>();
    check(schema, value, "$", out);
    return out;
  }

  private static void check(JsonNode s, JsonNode v, String path, List<String> out) {
    if (s.has("type")) {
      List<String> types = new ArrayList<>();
      if (s.get("type").isArray()) {
        s.get("type").forEach(t -> types.add(t.asText()));
      } else {
        types.add(s.get("type").asText());
      }
      if (types.stream().noneMatch(t -> is(t, v))) {
        out.add(path + ": expected " + types + " but was " + v.getNodeType());
        return;
      }
    }
    if (s.has("const") && !s.get("const").equals(v)) {
      out.add(path + ": expected const " + s.get("const") + " but was " + v);
    }
    if (s.has("enum")) {
      boolean found = false;
      for (JsonNode e : s.get("enum")) {
        found |= e.equals(v) || (e.isNull() && v.isNull());
      }
      if (!found) {
        out.add(path + ": " + v + " not in " + s.get("enum"));
      }
    }
    if (v.isTextual()) {
      String text = v.asText();
      if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(text).find()) {
        out.add(path + ": '" + text + "' does not match " + s.get("pattern").asText());
      }
      if (s.has("format")
          && FORMATS.containsKey(s.get("format").asText())
          && !FORMATS.get(s.get("format").asText()).matcher(text).matches()) {
        out.add(path + ": '" + text + "' is not a " + s.get("format").asText());
      }
      if (s.has("minLength") && text.length() < s.get("minLength").asInt()) {
        out.add(path + ": shorter than " + s.get("minLength").asInt());
      }
    }
    if (v.isNumber()) {
      if (s.has("minimum") && v.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
        out.add(path + ": below minimum " + s.get("minimum"));
      }
      if (s.has("maximum") && v.decimalValue().compareTo(s.get("maximum").decimalValue()) > 0) {
        out.add(path + ": above maximum " + s.get("maximum"));
      }
    }
    if (v.isObject()) {
      if (s.has("required")) {
        for (JsonNode r : s.get("required")) {
          if (!v.has(r.asText())) {
            out.add(path + ": missing required " + r.asText());
          }
        }
      }
      JsonNode props = s.get("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        var field = it.next();
        if (props != null && props.has(field.getKey())) {
          check(props.get(field.getKey()), field.getValue(), path + "." + field.getKey(), out);
        } else if (s.has("additionalProperties")
            && s.get("additionalProperties").isBoolean()
            && !s.get("additionalProperties").asBoolean()) {
          out.add(path + ": property " + field.getKey() + " is not in the schema");
        }
      }
    }
    if (v.isArray()) {
      if (s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
        out.add(path + ": more than " + s.get("maxItems").asInt() + " items");
      }
      if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
        out.add(path + ": fewer than " + s.get("minItems").asInt() + " items");
      }
      if (s.has("items")) {
        for (int i = 0; i < v.size(); i++) {
          check(s.get("items"), v.get(i), path + "[" + i + "]", out);
        }
      }
    }
  }

  private static boolean is(String type, JsonNode v) {
    return switch (type) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "integer" ->
          v.isIntegralNumber()
              || (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0);
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "null" -> v.isNull();
      default -> false;
    };
  }
}
