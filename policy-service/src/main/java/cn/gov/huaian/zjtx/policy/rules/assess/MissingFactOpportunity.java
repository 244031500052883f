package cn.gov.huaian.zjtx.policy.rules.assess;

import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import java.math.BigDecimal;
import java.util.List;

/**
 * 待补充信息：a fact the enterprise has not given, the undecided programs that depend on it, and the most
 * money those programs could bring (after stacking): the next question to ask.
 */
public record MissingFactOpportunity(
    FactDefinition fact, List<String> programs, BigDecimal couldUnlock) {
  public MissingFactOpportunity {
    programs = List.copyOf(programs);
  }
}
