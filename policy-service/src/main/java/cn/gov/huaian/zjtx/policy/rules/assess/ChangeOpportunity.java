package cn.gov.huaian.zjtx.policy.rules.assess;

import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.gap.FactChange;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 改进机会："研发费用占比 2.8% → 3%；有效发明专利 1件 → 2件，可新增符合 3 个项目，约 ¥X万元".
 *
 * @param programsUnlocked ids of the programs that become eligible (or undecided) with the change
 * @param unlocked the extra money after stacking and the yearly cap, 元
 */
public record ChangeOpportunity(
    List<FactChange> changes, List<String> programsUnlocked, AmountRange unlocked) {
  public ChangeOpportunity {
    changes = List.copyOf(changes);
    programsUnlocked = List.copyOf(programsUnlocked);
  }

  public String describe() {
    String what = changes.stream().map(FactChange::describe).collect(Collectors.joining("；"));
    String money = unlocked.max().signum() > 0 ? "，约 " + unlocked.toWanYuan() : "（不涉及可计算的奖补金额）";
    // A comma, not a colon: a change may itself read "已获梯度认定：新增“专精特新小巨人”".
    return what + "，可新增符合 " + programsUnlocked.size() + " 个项目" + money;
  }
}
