package cn.gov.huaian.zjtx.policy.rules.json;

import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.Banded;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.BenefitBand;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.ByTier;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.Fixed;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.NoBenefit;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.PercentOfFact;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.TierAmount;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.FactType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a benefit: {@code {"fixed": 200000}}, {@code {"byTier": {...}}}, {@code {"percentOf":
 * {...}}}, {@code {"banded": {...}}} or {@code {"none": {}}}. Amounts are in 元.
 */
final class BenefitReading {
  static final Set<String> KINDS = Set.of("none", "fixed", "byTier", "percentOf", "banded");
  private static final String DEFAULT_TIER_FACT = "tiers_held";

  private final Reading reading;

  BenefitReading(Reading reading) {
    this.reading = reading;
  }

  Benefit benefit(JsonNode node, String path) {
    if (!reading.requireObject(node, path)) {
      return null;
    }
    if (node.size() != 1 || !KINDS.contains(node.fieldNames().next())) {
      return reading.fail(path, "奖补标准应有且只有一种：" + String.join("、", Reading.sorted(KINDS)));
    }
    String kind = node.fieldNames().next();
    JsonNode body = node.get(kind);
    String at = path + "." + kind;
    return switch (kind) {
      case "none" -> new NoBenefit();
      case "fixed" -> fixed(body, at);
      case "byTier" -> byTier(body, at);
      case "percentOf" -> percentOf(body, at);
      default -> banded(body, at);
    };
  }

  private Benefit fixed(JsonNode body, String path) {
    BigDecimal amount = reading.amount(body, path);
    return amount == null ? null : new Fixed(amount);
  }

  private Benefit byTier(JsonNode body, String path) {
    if (!reading.requireObject(body, path)) {
      return null;
    }
    reading.flagUnknownFields(body, path, Set.of("fact", "tiers", "otherwise"));
    FactDefinition fact = tierFact(body, path);
    BigDecimal otherwise = otherwise(body, path);
    JsonNode rows = reading.required(body, "tiers", path);
    if (fact == null || otherwise == null || !isNonEmptyArray(rows, path + ".tiers")) {
      return null;
    }
    List<TierAmount> tiers = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      tiers.add(tierAmount(rows.get(i), fact, path + ".tiers[" + i + "]"));
    }
    return tiers.contains(null) ? null : new ByTier(fact.name(), tiers, otherwise);
  }

  private FactDefinition tierFact(JsonNode body, String path) {
    if (!body.has("fact")) {
      return reading.fact(new TextNode(DEFAULT_TIER_FACT), path);
    }
    FactDefinition fact = reading.fact(body.get("fact"), path + ".fact");
    if (fact != null && fact.type() != FactType.TEXT_SET) {
      return reading.fail(path + ".fact", fact.displayName() + "不是文本集合，不能按梯度计算奖补");
    }
    return fact;
  }

  private TierAmount tierAmount(JsonNode node, FactDefinition fact, String path) {
    if (!reading.requireObject(node, path)) {
      return null;
    }
    reading.flagUnknownFields(node, path, Set.of("tier", "amount"));
    String tier =
        reading.vocabularyValue(reading.required(node, "tier", path), fact, path + ".tier");
    BigDecimal amount = reading.amount(reading.required(node, "amount", path), path + ".amount");
    return tier == null || amount == null ? null : new TierAmount(tier, amount);
  }

  private Benefit percentOf(JsonNode body, String path) {
    if (!reading.requireObject(body, path)) {
      return null;
    }
    reading.flagUnknownFields(body, path, Set.of("fact", "percent", "cap"));
    FactDefinition fact = reading.fact(reading.required(body, "fact", path), path + ".fact");
    if (fact != null && fact.type() != FactType.NUMBER) {
      return reading.fail(path + ".fact", fact.displayName() + "不是数值，不能按比例计算奖补");
    }
    BigDecimal percent = reading.amount(reading.required(body, "percent", path), path + ".percent");
    // A cap is required: budgets are planned on the most a program can pay, and an estimate
    // for a firm whose base figure is unknown must still have an upper end.
    BigDecimal cap = reading.amount(reading.required(body, "cap", path), path + ".cap");
    return fact == null || percent == null || cap == null
        ? null
        : new PercentOfFact(fact.name(), percent, cap);
  }

  private Benefit banded(JsonNode body, String path) {
    if (!reading.requireObject(body, path)) {
      return null;
    }
    reading.flagUnknownFields(body, path, Set.of("bands", "otherwise"));
    BigDecimal otherwise = otherwise(body, path);
    JsonNode rows = reading.required(body, "bands", path);
    if (otherwise == null || !isNonEmptyArray(rows, path + ".bands")) {
      return null;
    }
    List<BenefitBand> bands = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      bands.add(band(rows.get(i), path + ".bands[" + i + "]"));
    }
    return bands.contains(null) ? null : new Banded(bands, otherwise);
  }

  private BenefitBand band(JsonNode node, String path) {
    if (!reading.requireObject(node, path)) {
      return null;
    }
    reading.flagUnknownFields(node, path, Set.of("when", "amount"));
    Condition when =
        new ConditionReading(reading)
            .condition(reading.required(node, "when", path), path + ".when");
    BigDecimal amount = reading.amount(reading.required(node, "amount", path), path + ".amount");
    return when == null || amount == null ? null : new BenefitBand(when, amount);
  }

  private BigDecimal otherwise(JsonNode body, String path) {
    return body.has("otherwise")
        ? reading.amount(body.get("otherwise"), path + ".otherwise")
        : BigDecimal.ZERO;
  }

  private boolean isNonEmptyArray(JsonNode node, String path) {
    if (node == null) {
      return false;
    }
    if (!node.isArray() || node.isEmpty()) {
      reading.fail(path, "应为非空数组");
      return false;
    }
    return true;
  }
}
