package cn.gov.huaian.zjtx.policy.rules.benefit;

/**
 * One program's estimated amount for one enterprise, with the group it is exclusive in.
 *
 * @param exclusiveGroup empty when the program stacks freely with every other
 */
public record ProgramEstimate(String programId, String exclusiveGroup, AmountRange amount) {
  public ProgramEstimate {
    exclusiveGroup = exclusiveGroup == null ? "" : exclusiveGroup;
  }

  public boolean isExclusive() {
    return !exclusiveGroup.isEmpty();
  }
}
