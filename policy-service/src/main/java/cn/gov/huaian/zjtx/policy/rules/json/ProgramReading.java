package cn.gov.huaian.zjtx.policy.rules.json;

import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.NoBenefit;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Reads a whole program file: identity, eligibility, benefit and stacking group. */
final class ProgramReading {
  static final Set<String> FIELDS =
      Set.of(
          "id",
          "title",
          "version",
          "source",
          "kind",
          "category",
          "description",
          "eligibility",
          "benefit",
          "exclusiveGroup");

  private final Reading reading;

  ProgramReading(Reading reading) {
    this.reading = reading;
  }

  ProgramRules program(JsonNode root, String path) {
    if (!reading.requireObject(root, path)) {
      return null;
    }
    reading.flagUnknownFields(root, path, FIELDS);
    String id = reading.text(reading.required(root, "id", path), path + ".id");
    String title = optionalText(root, "title", path);
    String source = optionalText(root, "source", path);
    String group = optionalText(root, "exclusiveGroup", path);
    Integer version =
        root.has("version")
            ? reading.wholeNumber(root.get("version"), path + ".version", 1, Integer.MAX_VALUE)
            : Integer.valueOf(1);
    Condition eligibility =
        new ConditionReading(reading)
            .condition(reading.required(root, "eligibility", path), path + ".eligibility");
    Benefit benefit =
        root.has("benefit")
            ? new BenefitReading(reading).benefit(root.get("benefit"), path + ".benefit")
            : new NoBenefit();
    if (id == null || version == null || eligibility == null || benefit == null) {
      return null;
    }
    return new ProgramRules(id, title, version, source, eligibility, benefit, group);
  }

  // Optional texts may be empty: a form that sends "exclusiveGroup": "" means "no group".
  private String optionalText(JsonNode root, String field, String path) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isTextual() ? value.asText().strip() : reading.fail(path + "." + field, "应为字符串");
  }
}
