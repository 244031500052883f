package cn.gov.huaian.zjtx.policy.rules.gap;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 差距：a set of fact changes that turns a refusal into eligibility (or into "undecided, pending the
 * missing facts" when the outcome also depends on facts nobody has given yet).
 *
 * @param changes the changes, all needed together
 * @param resultAfter TRUE, or UNKNOWN when missing facts still decide
 */
public record Gap(List<FactChange> changes, Truth resultAfter) {
  public Gap {
    changes = List.copyOf(changes);
  }

  public double effort() {
    return changes.stream().mapToDouble(FactChange::effort).sum();
  }

  public String describe() {
    return changes.stream().map(FactChange::describe).collect(Collectors.joining("；"));
  }
}
