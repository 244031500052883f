package cn.gov.huaian.zjtx.policy.rules.json;

import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.validation.RuleError;
import cn.gov.huaian.zjtx.policy.rules.validation.Validated;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Function;

/**
 * 读取并校验规则 JSON. Every error is collected with the JSON path of the bad node and a Chinese message,
 * so a rule that cannot be evaluated is refused when written, never found out later.
 */
public final class RuleJsonReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final FactCatalogue catalogue;

  /** The top-level fields of a program file this reader knows; a catalogue file has more. */
  public static java.util.Set<String> programFields() {
    return ProgramReading.FIELDS;
  }

  public RuleJsonReader(FactCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public Validated<ProgramRules> readProgram(String json) {
    return parseThen(json, this::readProgram);
  }

  public Validated<ProgramRules> readProgram(JsonNode root) {
    return run(reading -> new ProgramReading(reading).program(root, "$"));
  }

  public Validated<Condition> readCondition(String json) {
    return parseThen(json, this::readCondition);
  }

  public Validated<Condition> readCondition(JsonNode node) {
    return run(reading -> new ConditionReading(reading).condition(node, "$"));
  }

  public Validated<Benefit> readBenefit(JsonNode node) {
    return run(reading -> new BenefitReading(reading).benefit(node, "$"));
  }

  private <T> Validated<T> parseThen(String json, Function<JsonNode, Validated<T>> next) {
    try {
      return next.apply(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      String where = "第" + e.getLocation().getLineNr() + "行第" + e.getLocation().getColumnNr() + "列";
      return Validated.invalid(List.of(new RuleError("$", "不是合法的 JSON（" + where + "）")));
    }
  }

  private <T> Validated<T> run(Function<Reading, T> body) {
    Reading reading = new Reading(catalogue);
    T value = body.apply(reading);
    return reading.errors().isEmpty() && value != null
        ? Validated.valid(value)
        : Validated.invalid(reading.errorsOrDefault());
  }
}
