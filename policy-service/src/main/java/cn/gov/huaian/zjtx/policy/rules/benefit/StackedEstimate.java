package cn.gov.huaian.zjtx.policy.rules.benefit;

import java.util.List;

/**
 * 叠加后的合计：what an enterprise can expect in a year across programs.
 *
 * @param total the sum after exclusive groups and the yearly cap
 * @param counted the programs that contribute (the best of each exclusive group)
 * @param outranked programs left out because a better one of their group is counted
 * @param capped whether the yearly cap cut the total
 */
public record StackedEstimate(
    AmountRange total,
    List<ProgramEstimate> counted,
    List<ProgramEstimate> outranked,
    boolean capped) {
  public StackedEstimate {
    counted = List.copyOf(counted);
    outranked = List.copyOf(outranked);
  }
}
