package cn.gov.huaian.zjtx.policy.rules.json;

import cn.gov.huaian.zjtx.policy.rules.ast.Citation;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.validation.RuleError;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One pass of reading rule JSON: the catalogue, the errors found so far, and the small checks every
 * node needs. Readers return null for a bad node after recording why, and go on, so one pass
 * reports every error. A null node means "missing, already reported by {@link #required}", so the
 * checks below stay silent on it rather than report the same field twice.
 */
final class Reading {
  static final Set<String> CITATION_KEYS = Set.of("label", "clause");

  private final FactCatalogue catalogue;
  private final List<RuleError> errors = new ArrayList<>();

  Reading(FactCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  List<RuleError> errors() {
    return errors;
  }

  List<RuleError> errorsOrDefault() {
    return errors.isEmpty() ? List.of(new RuleError("$", "规则无效")) : errors;
  }

  <T> T fail(String path, String message) {
    errors.add(new RuleError(path, message));
    return null;
  }

  boolean requireObject(JsonNode node, String path) {
    if (node == null) {
      return false;
    }
    if (!node.isObject()) {
      fail(path, "应为 JSON 对象");
      return false;
    }
    return true;
  }

  /**
   * Flags every field of an object outside the allowed ones: a typo must not pass silently. The
   * reading goes on, so a misspelt field and the missing one it was meant to be both show.
   */
  void flagUnknownFields(JsonNode node, String path, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        fail(path + "." + name, "未知字段“" + name + "”，可用字段：" + String.join("、", sorted(allowed)));
      }
    }
  }

  JsonNode required(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fail(path + "." + field, "缺少字段“" + field + "”");
    }
    return value;
  }

  FactDefinition fact(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isTextual()) {
      return fail(path, "应为事实名称（字符串）");
    }
    return catalogue
        .find(node.asText())
        .orElseGet(() -> fail(path, "未知的事实“" + node.asText() + "”"));
  }

  String text(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      return fail(path, "应为非空字符串");
    }
    return node.asText();
  }

  Double number(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isNumber()) {
      return fail(path, "应为数值");
    }
    return node.asDouble();
  }

  BigDecimal amount(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isNumber() || node.decimalValue().signum() < 0) {
      return fail(path, "应为不小于 0 的金额（元）");
    }
    return node.decimalValue();
  }

  Integer wholeNumber(JsonNode node, String path, int min, int max) {
    if (node == null) {
      return null;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber()) {
      return fail(path, "应为整数");
    }
    int value = node.asInt();
    if (value < min || value > max) {
      return fail(path, "应在 " + min + " 到 " + max + " 之间，实为 " + value);
    }
    return value;
  }

  /** A value of a text fact, checked against the fact's vocabulary when it has one. */
  String vocabularyValue(JsonNode node, FactDefinition fact, String path) {
    String value = text(node, path);
    if (value != null && !fact.isOpenVocabulary() && !fact.allowedValues().contains(value)) {
      return fail(
          path,
          "“"
              + value
              + "”不是"
              + fact.displayName()
              + "的可选值，可选："
              + String.join("、", sorted(fact.allowedValues())));
    }
    return value;
  }

  List<String> vocabularyValues(JsonNode node, FactDefinition fact, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isArray() || node.isEmpty()) {
      return fail(path, "应为非空的字符串数组");
    }
    Set<String> values = new LinkedHashSet<>();
    boolean clean = true;
    for (int i = 0; i < node.size(); i++) {
      String value = vocabularyValue(node.get(i), fact, path + "[" + i + "]");
      clean &= value != null;
      values.add(value);
    }
    return clean ? List.copyOf(values) : null;
  }

  Citation citation(JsonNode node, String path) {
    String label = optionalText(node, "label", path);
    String clause = optionalText(node, "clause", path);
    return Citation.of(label, clause);
  }

  private String optionalText(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      return fail(path + "." + field, "应为字符串");
    }
    return value.asText();
  }

  static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
