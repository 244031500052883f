package cn.gov.huaian.zjtx.policy.rules.assess;

import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.engine.TraceNode;
import cn.gov.huaian.zjtx.policy.rules.gap.Gap;
import java.util.List;

/**
 * 一家企业对一个项目的判定结果：conclusion, why (a trace per criterion), how much, what is missing and what would
 * have to change.
 *
 * @param version the rule version the result was computed with; results cite it
 * @param estimate 元; a range when facts are unknown
 * @param missingFacts facts whose absence leaves the result (or part of it) undecided
 * @param gaps for a refusal, the smallest verified changes that would make it eligible
 */
public record Assessment(
    String programId,
    String title,
    int version,
    Eligibility eligibility,
    AmountRange estimate,
    TraceNode trace,
    List<String> missingFacts,
    List<Gap> gaps) {
  public Assessment {
    missingFacts = List.copyOf(missingFacts);
    gaps = List.copyOf(gaps);
  }
}
