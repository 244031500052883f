package cn.gov.huaian.zjtx.policy.rules.json;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.Operator;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.PercentOfFact;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.FactType;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.BooleanValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.DateValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Set;

/**
 * 朴素解释器：walks the rule JSON per (enterprise, program) pair, looking facts up by name.
 *
 * <p>The baseline of the re-match benchmark and the oracle of the property tests: written the
 * obvious way, independently of the compiler, so that agreement between the two means something. It
 * trusts its input to have passed {@link RuleJsonReader}.
 */
public final class NaiveInterpreter {
  private final FactCatalogue catalogue;

  public NaiveInterpreter(FactCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public Truth eligibility(JsonNode program, FactSet facts) {
    return evaluate(program.get("eligibility"), facts);
  }

  /** Same contract as the compiled estimate: zero, the benefit, or 0..benefit when unknown. */
  public AmountRange estimate(JsonNode program, FactSet facts) {
    return estimate(eligibility(program, facts), program, facts);
  }

  /** The estimate for an eligibility already found, so a re-match interprets the rule once. */
  public AmountRange estimate(Truth eligible, JsonNode program, FactSet facts) {
    if (eligible == Truth.FALSE) {
      return AmountRange.ZERO;
    }
    AmountRange benefit = benefit(program.get("benefit"), facts);
    return eligible == Truth.TRUE ? benefit : AmountRange.upTo(benefit.max());
  }

  public Truth evaluate(JsonNode condition, FactSet facts) {
    String operator = operatorOf(condition);
    JsonNode body = condition.get(operator);
    return switch (operator) {
      case "all" -> all(body, facts);
      case "any" -> any(body, facts);
      case "not" -> evaluate(body, facts).not();
      case "atLeast" -> atLeast(body, facts);
      case "range" -> range(body, facts);
      case "in" -> textIn(body, facts);
      case "contains", "containsAny", "containsAll" -> membership(operator, body, facts);
      case "score" -> score(body, facts);
      default -> compare(Operator.ofJsonKey(operator).orElseThrow(), body, facts);
    };
  }

  private static String operatorOf(JsonNode condition) {
    for (Iterator<String> names = condition.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("label") && !name.equals("clause")) {
        return name;
      }
    }
    throw new IllegalArgumentException("no operator in " + condition);
  }

  private Truth all(JsonNode parts, FactSet facts) {
    Truth result = Truth.TRUE;
    for (JsonNode part : parts) {
      result = result.and(evaluate(part, facts));
      if (result == Truth.FALSE) {
        return result;
      }
    }
    return result;
  }

  private Truth any(JsonNode parts, FactSet facts) {
    Truth result = Truth.FALSE;
    for (JsonNode part : parts) {
      result = result.or(evaluate(part, facts));
      if (result == Truth.TRUE) {
        return result;
      }
    }
    return result;
  }

  private Truth atLeast(JsonNode body, FactSet facts) {
    int k = body.get("k").asInt();
    int holding = 0;
    int unknown = 0;
    for (JsonNode part : body.get("of")) {
      Truth truth = evaluate(part, facts);
      holding += truth == Truth.TRUE ? 1 : 0;
      unknown += truth == Truth.UNKNOWN ? 1 : 0;
    }
    if (holding >= k) {
      return Truth.TRUE;
    }
    return holding + unknown < k ? Truth.FALSE : Truth.UNKNOWN;
  }

  private Truth compare(Operator operator, JsonNode body, FactSet facts) {
    boolean calendar = body.has("calendarYearsSince");
    boolean years = body.has("yearsSince") || calendar;
    String name =
        (calendar
                ? body.get("calendarYearsSince")
                : years ? body.get("yearsSince") : body.get("fact"))
            .asText();
    FactValue value = facts.values().get(name);
    if (value == null) {
      return Truth.UNKNOWN;
    }
    JsonNode required = body.get("value");
    if (years) {
      LocalDate date = ((DateValue) value).value();
      long elapsed =
          calendar
              ? facts.asOf().getYear() - date.getYear()
              : ChronoUnit.YEARS.between(date, facts.asOf());
      return Truth.of(operator.test(Long.compare(elapsed, required.asLong())));
    }
    FactType type = catalogue.require(name).type();
    int comparison =
        switch (type) {
          case NUMBER -> compareNumbers(((NumberValue) value).value(), required.asDouble());
          case DATE -> ((DateValue) value).value().compareTo(LocalDate.parse(required.asText()));
          case BOOLEAN -> ((BooleanValue) value).value() == required.asBoolean() ? 0 : 1;
          case TEXT -> ((TextValue) value).value().equals(required.asText()) ? 0 : 1;
          case TEXT_SET -> throw new IllegalArgumentException("set fact in a comparison: " + name);
        };
    return Truth.of(operator.test(comparison));
  }

  // Not Double.compare: that orders -0.0 below 0.0, while the rule language means plain numbers.
  private static int compareNumbers(double actual, double required) {
    return actual < required ? -1 : actual > required ? 1 : 0;
  }

  private Truth range(JsonNode body, FactSet facts) {
    FactValue value = facts.values().get(body.get("fact").asText());
    if (value == null) {
      return Truth.UNKNOWN;
    }
    double actual = ((NumberValue) value).value();
    boolean inside =
        (!body.has("gt") || actual > body.get("gt").asDouble())
            && (!body.has("gte") || actual >= body.get("gte").asDouble())
            && (!body.has("lt") || actual < body.get("lt").asDouble())
            && (!body.has("lte") || actual <= body.get("lte").asDouble());
    return Truth.of(inside);
  }

  private Truth textIn(JsonNode body, FactSet facts) {
    FactValue value = facts.values().get(body.get("fact").asText());
    if (value == null) {
      return Truth.UNKNOWN;
    }
    String actual = ((TextValue) value).value();
    for (JsonNode candidate : body.get("values")) {
      if (candidate.asText().equals(actual)) {
        return Truth.TRUE;
      }
    }
    return Truth.FALSE;
  }

  private Truth membership(String operator, JsonNode body, FactSet facts) {
    FactValue value = facts.values().get(body.get("fact").asText());
    if (value == null) {
      return Truth.UNKNOWN;
    }
    Set<String> held = ((TextSetValue) value).values();
    if (operator.equals("contains")) {
      return Truth.of(held.contains(body.get("value").asText()));
    }
    boolean wantAll = operator.equals("containsAll");
    for (JsonNode wanted : body.get("values")) {
      boolean has = held.contains(wanted.asText());
      if (has != wantAll) {
        return Truth.of(has);
      }
    }
    return Truth.of(wantAll);
  }

  // A table in parts: the total over every part's items and each part's own atLeast, all to hold.
  private Truth score(JsonNode body, FactSet facts) {
    if (!body.has("parts")) {
      double[] points = sumPoints(body.get("items"), facts);
      return reaches(points, body.get("atLeast").asDouble());
    }
    double[] total = {0, 0};
    Truth partsHold = Truth.TRUE;
    for (JsonNode part : body.get("parts")) {
      double[] points = sumPoints(part.get("items"), facts);
      total[0] += points[0];
      total[1] += points[1];
      if (part.has("atLeast")) {
        partsHold = partsHold.and(reaches(points, part.get("atLeast").asDouble()));
      }
    }
    return reaches(total, body.get("atLeast").asDouble()).and(partsHold);
  }

  private double[] sumPoints(JsonNode items, FactSet facts) {
    double[] sum = {0, 0};
    for (JsonNode item : items) {
      double[] points = itemPoints(item, facts);
      sum[0] += points[0];
      sum[1] += points[1];
    }
    return sum;
  }

  private static Truth reaches(double[] points, double minimum) {
    if (points[0] >= minimum) {
      return Truth.TRUE;
    }
    return points[1] < minimum ? Truth.FALSE : Truth.UNKNOWN;
  }

  private double[] itemPoints(JsonNode item, FactSet facts) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (JsonNode band : item.get("bands")) {
      Truth truth = evaluate(band.get("when"), facts);
      if (truth == Truth.FALSE) {
        continue;
      }
      double points = band.get("points").asDouble();
      low = Math.min(low, points);
      high = Math.max(high, points);
      if (truth == Truth.TRUE) {
        return new double[] {low, high};
      }
    }
    double otherwise = item.has("otherwise") ? item.get("otherwise").asDouble() : 0;
    return new double[] {Math.min(low, otherwise), Math.max(high, otherwise)};
  }

  private AmountRange benefit(JsonNode benefit, FactSet facts) {
    if (benefit == null) {
      return AmountRange.ZERO;
    }
    String kind = benefit.fieldNames().next();
    JsonNode body = benefit.get(kind);
    return switch (kind) {
      case "none" -> AmountRange.ZERO;
      case "fixed" -> AmountRange.exactly(body.decimalValue());
      case "percentOf" -> percentOf(body, facts);
      case "byTier" -> byTier(body, facts);
      default -> banded(body, facts);
    };
  }

  private AmountRange percentOf(JsonNode body, FactSet facts) {
    FactValue value = facts.values().get(body.get("fact").asText());
    PercentOfFact rule =
        new PercentOfFact(
            body.get("fact").asText(),
            body.get("percent").decimalValue(),
            body.get("cap").decimalValue());
    return value == null
        ? AmountRange.upTo(rule.cap())
        : AmountRange.exactly(rule.amountFor(((NumberValue) value).value()));
  }

  private AmountRange byTier(JsonNode body, FactSet facts) {
    String fact = body.has("fact") ? body.get("fact").asText() : "tiers_held";
    FactValue value = facts.values().get(fact);
    AmountRange possible = null;
    for (JsonNode row : body.get("tiers")) {
      AmountRange amount = AmountRange.exactly(row.get("amount").decimalValue());
      if (value == null) {
        possible = possible == null ? amount : possible.span(amount);
      } else if (((TextSetValue) value).values().contains(row.get("tier").asText())) {
        return possible == null ? amount : possible.span(amount);
      }
    }
    return withOtherwise(possible, body);
  }

  private AmountRange banded(JsonNode body, FactSet facts) {
    AmountRange possible = null;
    for (JsonNode band : body.get("bands")) {
      Truth truth = evaluate(band.get("when"), facts);
      if (truth == Truth.FALSE) {
        continue;
      }
      AmountRange amount = AmountRange.exactly(band.get("amount").decimalValue());
      possible = possible == null ? amount : possible.span(amount);
      if (truth == Truth.TRUE) {
        return possible;
      }
    }
    return withOtherwise(possible, body);
  }

  private static AmountRange withOtherwise(AmountRange possible, JsonNode body) {
    BigDecimal otherwise =
        body.has("otherwise") ? body.get("otherwise").decimalValue() : BigDecimal.ZERO;
    AmountRange fallback = AmountRange.exactly(otherwise);
    return possible == null ? fallback : possible.span(fallback);
  }
}
