package cn.gov.huaian.zjtx.policy.rules;

import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.FactType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * Random, valid rule JSON covering every operator of the language: the input of the property tests
 * (compiled = naive = explainer) and of the re-match benchmark.
 */
public final class RandomRules {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final List<String> COMPARISONS = List.of("gt", "gte", "lt", "lte", "eq", "ne");

  private final Random random;
  private final List<FactDefinition> numbers;
  private final List<FactDefinition> texts;
  private final List<FactDefinition> sets;
  private final List<FactDefinition> flags;
  private final List<FactDefinition> dates;
  private int serial;

  public RandomRules(FactCatalogue catalogue, Random random) {
    this.random = random;
    this.numbers = ofType(catalogue, FactType.NUMBER);
    this.texts = ofType(catalogue, FactType.TEXT);
    this.sets = ofType(catalogue, FactType.TEXT_SET);
    this.flags = ofType(catalogue, FactType.BOOLEAN);
    this.dates = ofType(catalogue, FactType.DATE);
  }

  private static List<FactDefinition> ofType(FactCatalogue catalogue, FactType type) {
    return catalogue.definitions().stream().filter(f -> f.type() == type).toList();
  }

  public ObjectNode program() {
    ObjectNode program = JSON.objectNode();
    program.put("id", "random." + serial++);
    program.put("title", "随机政策");
    program.set("eligibility", condition(0));
    program.set("benefit", benefit());
    if (random.nextInt(4) == 0) {
      program.put("exclusiveGroup", "group-" + random.nextInt(5));
    }
    return program;
  }

  public JsonNode condition(int depth) {
    int pick = random.nextInt(depth >= 3 ? 10 : 16);
    return switch (pick) {
      case 10, 11 -> composite("all", depth);
      case 12, 13 -> composite("any", depth);
      case 14 -> random.nextBoolean() ? wrap("not", condition(depth + 1)) : atLeast(depth);
      case 15 -> depth == 0 ? score() : composite("all", depth);
      default -> leaf();
    };
  }

  private JsonNode leaf() {
    return switch (random.nextInt(10)) {
      case 0, 1, 2, 3 -> numberComparison();
      case 4 -> range();
      case 5 -> textTest();
      case 6 -> setTest();
      case 7 -> flagTest();
      case 8 -> yearsSince();
      default -> dateComparison();
    };
  }

  private JsonNode composite(String operator, int depth) {
    ArrayNode parts = JSON.arrayNode();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      parts.add(condition(depth + 1));
    }
    return wrap(operator, parts);
  }

  private JsonNode atLeast(int depth) {
    ArrayNode parts = JSON.arrayNode();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      parts.add(condition(depth + 1));
    }
    ObjectNode body = JSON.objectNode();
    body.put("k", 1 + random.nextInt(count));
    body.set("of", parts);
    return wrap("atLeast", body);
  }

  private JsonNode numberComparison() {
    FactDefinition fact = pick(numbers);
    ObjectNode body = JSON.objectNode();
    body.put("fact", fact.name());
    body.put("value", RandomFacts.number(fact, random));
    return wrap(pick(COMPARISONS), body);
  }

  private JsonNode range() {
    FactDefinition fact = pick(numbers);
    double a = RandomFacts.number(fact, random);
    double b = RandomFacts.number(fact, random);
    ObjectNode body = JSON.objectNode();
    body.put("fact", fact.name());
    if (random.nextInt(4) != 0) {
      body.put(random.nextBoolean() ? "gte" : "gt", Math.min(a, b));
    }
    if (random.nextInt(4) != 0 || body.size() == 1) {
      body.put(random.nextBoolean() ? "lte" : "lt", Math.max(a, b));
    }
    return wrap("range", body);
  }

  private JsonNode textTest() {
    FactDefinition fact = pick(texts);
    ObjectNode body = JSON.objectNode();
    body.put("fact", fact.name());
    if (random.nextBoolean()) {
      body.put("value", RandomFacts.text(fact, random));
      return wrap(random.nextBoolean() ? "eq" : "ne", body);
    }
    ArrayNode values = body.putArray("values");
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      values.add(RandomFacts.text(fact, random));
    }
    return wrap("in", body);
  }

  private JsonNode setTest() {
    FactDefinition fact = pick(sets);
    ObjectNode body = JSON.objectNode();
    body.put("fact", fact.name());
    List<String> vocabulary = fact.allowedValues().stream().sorted().toList();
    int kind = random.nextInt(3);
    if (kind == 0) {
      body.put("value", pick(vocabulary));
      return wrap("contains", body);
    }
    ArrayNode values = body.putArray("values");
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      values.add(pick(vocabulary));
    }
    return wrap(kind == 1 ? "containsAny" : "containsAll", body);
  }

  private JsonNode flagTest() {
    ObjectNode body = JSON.objectNode();
    body.put("fact", pick(flags).name());
    body.put("value", random.nextBoolean());
    return wrap(random.nextBoolean() ? "eq" : "ne", body);
  }

  private JsonNode yearsSince() {
    ObjectNode body = JSON.objectNode();
    body.put(random.nextBoolean() ? "yearsSince" : "calendarYearsSince", pick(dates).name());
    body.put("value", random.nextInt(31));
    return wrap(pick(COMPARISONS), body);
  }

  private JsonNode dateComparison() {
    ObjectNode body = JSON.objectNode();
    body.put("fact", pick(dates).name());
    body.put("value", RandomFacts.date(random).toString());
    return wrap(pick(COMPARISONS), body);
  }

  private JsonNode score() {
    if (random.nextInt(3) == 0) {
      return scoreInParts();
    }
    int count = 1 + random.nextInt(4);
    ObjectNode body = JSON.objectNode();
    body.put("atLeast", random.nextInt(15 * count + 1));
    body.set("items", scoreItems(count));
    return wrap("score", body);
  }

  // Two or three parts, some with a minimum of their own.
  private JsonNode scoreInParts() {
    ArrayNode parts = JSON.arrayNode();
    int total = 0;
    int partCount = 2 + random.nextInt(2);
    for (int p = 0; p < partCount; p++) {
      int count = 1 + random.nextInt(3);
      total += count;
      ObjectNode part = parts.addObject();
      part.put("label", "部分" + p);
      if (random.nextBoolean()) {
        part.put("atLeast", random.nextInt(10 * count + 1));
      }
      part.set("items", scoreItems(count));
    }
    ObjectNode body = JSON.objectNode();
    body.put("atLeast", random.nextInt(15 * total + 1));
    body.set("parts", parts);
    return wrap("score", body);
  }

  private ArrayNode scoreItems(int count) {
    ArrayNode items = JSON.arrayNode();
    for (int i = 0; i < count; i++) {
      ObjectNode item = items.addObject();
      item.put("label", "评分项" + i);
      ArrayNode bands = item.putArray("bands");
      int bandCount = 1 + random.nextInt(4);
      for (int b = 0; b < bandCount; b++) {
        ObjectNode band = bands.addObject();
        band.set("when", leaf());
        // Mostly whole points (every catalogue table), sometimes halves (the per-enterprise path).
        band.put("points", random.nextInt(8) == 0 ? random.nextInt(41) / 2.0 : random.nextInt(21));
      }
      if (random.nextBoolean()) {
        item.put("otherwise", random.nextInt(6));
      }
    }
    return items;
  }

  public JsonNode benefit() {
    return switch (random.nextInt(5)) {
      case 0 -> wrap("none", JSON.objectNode());
      case 1 -> wrap("fixed", JSON.numberNode(amount()));
      case 2 -> byTier();
      case 3 -> percentOf();
      default -> banded();
    };
  }

  private JsonNode byTier() {
    ObjectNode body = JSON.objectNode();
    ArrayNode tiers = body.putArray("tiers");
    for (String tier : List.of("制造业单项冠军", "专精特新小巨人", "专精特新中小企业")) {
      if (random.nextBoolean()) {
        tiers.addObject().put("tier", tier).put("amount", amount());
      }
    }
    if (tiers.isEmpty()) {
      tiers.addObject().put("tier", "创新型中小企业").put("amount", amount());
    }
    body.put("otherwise", random.nextBoolean() ? 0 : amount());
    return wrap("byTier", body);
  }

  private JsonNode percentOf() {
    ObjectNode body = JSON.objectNode();
    body.put("fact", pick(numbers.stream().filter(f -> f.unit().equals("元")).toList()).name());
    body.put("percent", 1 + random.nextInt(30));
    body.put("cap", amount());
    return wrap("percentOf", body);
  }

  private JsonNode banded() {
    ObjectNode body = JSON.objectNode();
    ArrayNode bands = body.putArray("bands");
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      ObjectNode band = bands.addObject();
      band.set("when", leaf());
      band.put("amount", amount());
    }
    return wrap("banded", body);
  }

  private long amount() {
    return (1 + random.nextInt(100)) * 10_000L;
  }

  private static ObjectNode wrap(String key, JsonNode body) {
    ObjectNode node = JSON.objectNode();
    node.set(key, body);
    return node;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
