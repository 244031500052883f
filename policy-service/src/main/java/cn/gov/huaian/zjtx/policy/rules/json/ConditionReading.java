package cn.gov.huaian.zjtx.policy.rules.json;

import cn.gov.huaian.zjtx.policy.rules.ast.Bound;
import cn.gov.huaian.zjtx.policy.rules.ast.Citation;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.All;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.AnyOf;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.AtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.DateCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.FlagCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.Not;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.NumberCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.NumberRange;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.ScoreAtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContains;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContainsAll;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContainsAny;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.TextCompare;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.TextIn;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.YearsSince;
import cn.gov.huaian.zjtx.policy.rules.ast.Operator;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreBand;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreItem;
import cn.gov.huaian.zjtx.policy.rules.ast.ScorePart;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.FactType;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one condition node: {@code {"<operator>": <body>, "label": "...", "clause": "..."}}. The
 * operator is the object's only key besides the citation, so a path such as {@code
 * $.all[2].gte.fact} names the exact field at fault.
 */
final class ConditionReading {
  static final Set<String> OPERATORS =
      new TreeSet<>(
          List.of(
              "all",
              "any",
              "not",
              "atLeast",
              "gt",
              "gte",
              "lt",
              "lte",
              "eq",
              "ne",
              "range",
              "in",
              "contains",
              "containsAny",
              "containsAll",
              "score"));

  private static final Set<String> COMPARISON_FIELDS =
      Set.of("fact", "yearsSince", "calendarYearsSince", "value");
  private static final List<String> SUBJECTS = List.of("fact", "yearsSince", "calendarYearsSince");
  private static final Set<String> RANGE_FIELDS = Set.of("fact", "gt", "gte", "lt", "lte");

  private final Reading reading;

  ConditionReading(Reading reading) {
    this.reading = reading;
  }

  Condition condition(JsonNode node, String path) {
    if (!reading.requireObject(node, path)) {
      return null;
    }
    String operator = operatorKey(node, path);
    if (operator == null) {
      return null;
    }
    Citation citation = reading.citation(node, path);
    String at = path + "." + operator;
    JsonNode body = node.get(operator);
    return switch (operator) {
      case "all" -> list(body, at, conditions -> new All(conditions, citation));
      case "any" -> list(body, at, conditions -> new AnyOf(conditions, citation));
      case "not" -> negation(body, at, citation);
      case "atLeast" -> atLeast(body, at, citation);
      case "range" -> range(body, at, citation);
      case "in" -> textIn(body, at, citation);
      case "contains" -> contains(body, at, citation);
      case "containsAny", "containsAll" -> containsMany(operator, body, at, citation);
      case "score" -> score(body, at, citation);
      default -> comparison(Operator.ofJsonKey(operator).orElseThrow(), body, at, citation);
    };
  }

  private String operatorKey(JsonNode node, String path) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!Reading.CITATION_KEYS.contains(name)) {
        keys.add(name);
      }
    }
    if (keys.isEmpty()) {
      return reading.fail(path, "缺少运算符，可用：" + String.join("、", OPERATORS));
    }
    if (keys.size() > 1) {
      return reading.fail(path, "一个条件只能有一个运算符，发现：" + String.join("、", keys));
    }
    String key = keys.getFirst();
    if (!OPERATORS.contains(key)) {
      return reading.fail(
          path + "." + key, "未知的运算符“" + key + "”，可用：" + String.join("、", OPERATORS));
    }
    return key;
  }

  private Condition list(
      JsonNode body, String path, java.util.function.Function<List<Condition>, Condition> make) {
    List<Condition> conditions = conditions(body, path);
    return conditions == null ? null : make.apply(conditions);
  }

  private List<Condition> conditions(JsonNode body, String path) {
    if (body == null) {
      return null;
    }
    if (!body.isArray() || body.isEmpty()) {
      return reading.fail(path, "应为非空的条件数组");
    }
    List<Condition> conditions = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      conditions.add(condition(body.get(i), path + "[" + i + "]"));
    }
    return conditions.contains(null) ? null : conditions;
  }

  private Condition negation(JsonNode body, String path, Citation citation) {
    Condition inner = condition(body, path);
    return inner == null ? null : new Not(inner, citation);
  }

  private Condition atLeast(JsonNode body, String path, Citation citation) {
    if (!reading.requireObject(body, path)) {
      return null;
    }
    reading.flagUnknownFields(body, path, Set.of("k", "of"));
    List<Condition> conditions = conditions(reading.required(body, "of", path), path + ".of");
    JsonNode k = reading.required(body, "k", path);
    if (conditions == null || k == null) {
      return null;
    }
    Integer required = reading.wholeNumber(k, path + ".k", 1, conditions.size());
    return required == null ? null : new AtLeast(required, conditions, citation);
  }

  private Condition comparison(Operator operator, JsonNode body, String path, Citation citation) {
    if (!reading.requireObject(body, path)) {
      return null;
    }
    reading.flagUnknownFields(body, path, COMPARISON_FIELDS);
    JsonNode value = reading.required(body, "value", path);
    if (SUBJECTS.stream().filter(body::has).count() != 1) {
      return reading.fail(path, "应有且只有一个“fact”“yearsSince”或“calendarYearsSince”");
    }
    if (body.has("yearsSince")) {
      return yearsSince(operator, "yearsSince", body, value, path, citation);
    }
    if (body.has("calendarYearsSince")) {
      return yearsSince(operator, "calendarYearsSince", body, value, path, citation);
    }
    FactDefinition fact = reading.fact(body.get("fact"), path + ".fact");
    if (fact == null || value == null) {
      return null;
    }
    String valuePath = path + ".value";
    return switch (fact.type()) {
      case NUMBER -> numberCompare(fact, operator, value, valuePath, citation);
      case DATE -> dateCompare(fact, operator, value, valuePath, citation);
      case BOOLEAN -> flagCompare(fact, operator, value, path, citation);
      case TEXT -> textCompare(fact, operator, value, path, citation);
      case TEXT_SET ->
          reading.fail(
              path + ".fact", fact.displayName() + "是文本集合，请用 contains、containsAny 或 containsAll");
    };
  }

  private Condition numberCompare(
      FactDefinition fact, Operator operator, JsonNode value, String path, Citation citation) {
    Double number = reading.number(value, path);
    return number == null ? null : new NumberCompare(fact.name(), operator, number, citation);
  }

  private Condition dateCompare(
      FactDefinition fact, Operator operator, JsonNode value, String path, Citation citation) {
    LocalDate date = date(value, path);
    return date == null ? null : new DateCompare(fact.name(), operator, date, citation);
  }

  private Condition flagCompare(
      FactDefinition fact, Operator operator, JsonNode value, String path, Citation citation) {
    if (!operator.isEquality()) {
      return onlyEquality(fact, operator, path);
    }
    if (!value.isBoolean()) {
      return reading.fail(path + ".value", "应为 true 或 false");
    }
    return new FlagCompare(fact.name(), operator, value.asBoolean(), citation);
  }

  private Condition textCompare(
      FactDefinition fact, Operator operator, JsonNode value, String path, Citation citation) {
    if (!operator.isEquality()) {
      return onlyEquality(fact, operator, path);
    }
    String text = reading.vocabularyValue(value, fact, path + ".value");
    return text == null ? null : new TextCompare(fact.name(), operator, text, citation);
  }

  private Condition onlyEquality(FactDefinition fact, Operator operator, String path) {
    return reading.fail(
        path + ".fact",
        fact.displayName()
            + "是"
            + fact.type().label()
            + "，不能用“"
            + operator.label()
            + "（"
            + operator.jsonKey()
            + "）”比较，只能用 eq 或 ne");
  }

  private Condition yearsSince(
      Operator operator,
      String key,
      JsonNode body,
      JsonNode value,
      String path,
      Citation citation) {
    FactDefinition fact = reading.fact(body.get(key), path + "." + key);
    if (fact == null || value == null) {
      return null;
    }
    if (fact.type() != FactType.DATE) {
      return reading.fail(path + "." + key, fact.displayName() + "不是日期，不能计算年限");
    }
    Integer years = reading.wholeNumber(value, path + ".value", 0, 1000);
    boolean calendar = key.equals("calendarYearsSince");
    return years == null ? null : new YearsSince(fact.name(), operator, years, calendar, citation);
  }

  private Condition range(JsonNode body, String path, Citation citation) {
    if (!reading.requireObject(body, path)) {
      return null;
    }
    reading.flagUnknownFields(body, path, RANGE_FIELDS);
    FactDefinition fact = numberFact(body, path);
    Bound lower = bound(body, "gte", "gt", Bound.OPEN_BELOW, path);
    Bound upper = bound(body, "lte", "lt", Bound.OPEN_ABOVE, path);
    if (fact == null || lower == null || upper == null) {
      return null;
    }
    if (lower.isOpen() && upper.isOpen()) {
      return reading.fail(path, "范围至少要有一个边界（gt、gte、lt 或 lte）");
    }
    if (lower.value() > upper.value()) {
      return reading.fail(path, "范围下限大于上限");
    }
    return new NumberRange(fact.name(), lower, upper, citation);
  }

  private Bound bound(JsonNode body, String inclusive, String exclusive, Bound open, String path) {
    if (body.has(inclusive) && body.has(exclusive)) {
      return reading.fail(path, "“" + inclusive + "”与“" + exclusive + "”只能取其一");
    }
    String key = body.has(inclusive) ? inclusive : body.has(exclusive) ? exclusive : null;
    if (key == null) {
      return open;
    }
    Double value = reading.number(body.get(key), path + "." + key);
    return value == null ? null : new Bound(value, key.equals(inclusive));
  }

  private FactDefinition numberFact(JsonNode body, String path) {
    FactDefinition fact = reading.fact(reading.required(body, "fact", path), path + ".fact");
    if (fact != null && fact.type() != FactType.NUMBER) {
      return reading.fail(
          path + ".fact", fact.displayName() + "是" + fact.type().label() + "，范围只适用于数值");
    }
    return fact;
  }

  private Condition textIn(JsonNode body, String path, Citation citation) {
    FactDefinition fact = typedFact(body, path, Set.of("fact", "values"), FactType.TEXT, "in");
    if (fact == null) {
      return null;
    }
    List<String> values =
        reading.vocabularyValues(reading.required(body, "values", path), fact, path + ".values");
    return values == null ? null : new TextIn(fact.name(), values, citation);
  }

  private Condition contains(JsonNode body, String path, Citation citation) {
    FactDefinition fact =
        typedFact(body, path, Set.of("fact", "value"), FactType.TEXT_SET, "contains");
    if (fact == null) {
      return null;
    }
    String value =
        reading.vocabularyValue(reading.required(body, "value", path), fact, path + ".value");
    return value == null ? null : new SetContains(fact.name(), value, citation);
  }

  private Condition containsMany(String operator, JsonNode body, String path, Citation citation) {
    FactDefinition fact =
        typedFact(body, path, Set.of("fact", "values"), FactType.TEXT_SET, operator);
    if (fact == null) {
      return null;
    }
    List<String> values =
        reading.vocabularyValues(reading.required(body, "values", path), fact, path + ".values");
    if (values == null) {
      return null;
    }
    return operator.equals("containsAny")
        ? new SetContainsAny(fact.name(), values, citation)
        : new SetContainsAll(fact.name(), values, citation);
  }

  private FactDefinition typedFact(
      JsonNode body, String path, Set<String> fields, FactType type, String operator) {
    if (!reading.requireObject(body, path)) {
      return null;
    }
    reading.flagUnknownFields(body, path, fields);
    FactDefinition fact = reading.fact(reading.required(body, "fact", path), path + ".fact");
    if (fact != null && fact.type() != type) {
      return reading.fail(
          path + ".fact",
          fact.displayName()
              + "是"
              + fact.type().label()
              + "，“"
              + operator
              + "”只适用于"
              + type.label());
    }
    return fact;
  }

  /**
   * {@code {"atLeast": 60, "items": [...]}}, or a table in parts: {@code {"atLeast": 60, "parts":
   * [{"label": "创新能力指标", "atLeast": 20, "items": [...]}, ...]}} (a part's {@code atLeast} is
   * optional).
   */
  private Condition score(JsonNode body, String path, Citation citation) {
    if (!reading.requireObject(body, path)) {
      return null;
    }
    reading.flagUnknownFields(body, path, Set.of("atLeast", "items", "parts"));
    Double minimum = reading.number(reading.required(body, "atLeast", path), path + ".atLeast");
    if (body.has("parts") == body.has("items")) {
      return reading.fail(path, "评分表应写 items（评分项）或 parts（分部分的评分项），二者选一");
    }
    if (body.has("parts")) {
      List<ScorePart> parts = scoreParts(body.get("parts"), path + ".parts");
      return minimum == null || parts == null
          ? null
          : ScoreAtLeast.ofParts(parts, minimum, citation);
    }
    List<ScoreItem> items = scoreItems(body.get("items"), path + ".items");
    return minimum == null || items == null ? null : new ScoreAtLeast(items, minimum, citation);
  }

  private List<ScorePart> scoreParts(JsonNode parts, String path) {
    if (!parts.isArray() || parts.isEmpty()) {
      return reading.fail(path, "应为非空的评分部分数组");
    }
    List<ScorePart> parsed = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      parsed.add(scorePart(parts.get(i), path + "[" + i + "]"));
    }
    return parsed.contains(null) ? null : parsed;
  }

  private ScorePart scorePart(JsonNode node, String path) {
    if (!reading.requireObject(node, path)) {
      return null;
    }
    reading.flagUnknownFields(node, path, Set.of("label", "clause", "atLeast", "items"));
    Double minimum =
        node.has("atLeast")
            ? reading.number(node.get("atLeast"), path + ".atLeast")
            : ScorePart.NO_MINIMUM;
    Citation citation = reading.citation(node, path);
    JsonNode items = reading.required(node, "items", path);
    List<ScoreItem> parsed = items == null ? null : scoreItems(items, path + ".items");
    return minimum == null || parsed == null ? null : new ScorePart(citation, minimum, parsed);
  }

  private List<ScoreItem> scoreItems(JsonNode items, String path) {
    if (!items.isArray() || items.isEmpty()) {
      return reading.fail(path, "应为非空的评分项数组");
    }
    List<ScoreItem> parsed = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      parsed.add(scoreItem(items.get(i), path + "[" + i + "]"));
    }
    return parsed.contains(null) ? null : parsed;
  }

  private ScoreItem scoreItem(JsonNode node, String path) {
    if (!reading.requireObject(node, path)) {
      return null;
    }
    reading.flagUnknownFields(node, path, Set.of("label", "clause", "bands", "otherwise"));
    JsonNode bands = reading.required(node, "bands", path);
    if (bands == null || !bands.isArray() || bands.isEmpty()) {
      return bands == null ? null : reading.fail(path + ".bands", "应为非空的档位数组");
    }
    List<ScoreBand> parsed = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      parsed.add(scoreBand(bands.get(i), path + ".bands[" + i + "]"));
    }
    Double otherwise =
        node.has("otherwise") ? reading.number(node.get("otherwise"), path + ".otherwise") : 0.0;
    Citation citation = reading.citation(node, path);
    if (otherwise == null || parsed.contains(null)) {
      return null;
    }
    return new ScoreItem(citation, parsed, otherwise);
  }

  private ScoreBand scoreBand(JsonNode node, String path) {
    if (!reading.requireObject(node, path)) {
      return null;
    }
    reading.flagUnknownFields(node, path, Set.of("when", "points"));
    Condition when = condition(reading.required(node, "when", path), path + ".when");
    Double points = reading.number(reading.required(node, "points", path), path + ".points");
    return when == null || points == null ? null : new ScoreBand(when, points);
  }

  private LocalDate date(JsonNode value, String path) {
    if (!value.isTextual()) {
      return reading.fail(path, "应为日期字符串，如 2020-01-31");
    }
    try {
      return LocalDate.parse(value.asText());
    } catch (DateTimeParseException e) {
      return reading.fail(path, "“" + value.asText() + "”不是合法日期，应如 2020-01-31");
    }
  }
}
