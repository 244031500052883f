package cn.gov.huaian.zjtx.policy.rules.assess;

import cn.gov.huaian.zjtx.policy.rules.benefit.StackedEstimate;
import java.util.List;

/**
 * 跨项目的机会排序 for one enterprise.
 *
 * @param current what the enterprise can expect now, after stacking
 * @param changes fact changes ranked by the money they unlock
 * @param missingFacts unknown facts ranked by the money they could unlock
 */
public record Opportunities(
    StackedEstimate current,
    List<ChangeOpportunity> changes,
    List<MissingFactOpportunity> missingFacts) {
  public Opportunities {
    changes = List.copyOf(changes);
    missingFacts = List.copyOf(missingFacts);
  }
}
