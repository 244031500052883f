package cn.gov.huaian.zjtx.policy.rules;

import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import cn.gov.huaian.zjtx.policy.rules.json.RuleJsonReader;
import cn.gov.huaian.zjtx.policy.rules.json.SeedPrograms;

/** Compiles test programs written as rule JSON, the way an admin writes them. */
final class Programs {
  private static final RuleJsonReader READER = new RuleJsonReader(StandardFacts.catalogue());

  private Programs() {}

  static CompiledProgram compile(RuleEngine engine, String json) {
    return engine.compile(READER.readProgram(json).orElseThrow());
  }

  static CompiledProgram tier(RuleEngine engine, String resource) {
    ProgramRules rules =
        SeedPrograms.read("programs/" + resource + ".json", READER).rules().orElseThrow();
    return engine.compile(rules);
  }

  /** A made-up subsidy: eligibility and benefit JSON put into a program file. */
  static String policy(String id, String group, String eligibility, String benefit) {
    return """
        {"id": "%s", "title": "示例政策 %s", "exclusiveGroup": "%s",
         "eligibility": %s, "benefit": %s}
        """
        .formatted(id, id, group, eligibility, benefit);
  }
}
