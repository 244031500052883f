package cn.gov.huaian.zjtx.policy.rules.engine;

import static cn.gov.huaian.zjtx.policy.rules.Truth.FALSE_CODE;
import static cn.gov.huaian.zjtx.policy.rules.Truth.TRUE_CODE;
import static cn.gov.huaian.zjtx.policy.rules.Truth.UNKNOWN_CODE;

import cn.gov.huaian.zjtx.policy.rules.ast.Condition.ScoreAtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreBand;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreItem;

/**
 * Compiles a banded score. With unknown facts an item's points are a range (the lowest and highest
 * band it could still fall in), so the total is a range too, and the threshold test is TRUE only if
 * even the lowest total reaches it, FALSE only if even the highest does not.
 */
final class ScoreCompiler {
  private final ConditionCompiler conditions;

  ScoreCompiler(ConditionCompiler conditions) {
    this.conditions = conditions;
  }

  CompiledCondition compile(ScoreAtLeast score) {
    int count = score.items().size();
    CompiledCondition[][] when = new CompiledCondition[count][];
    double[][] points = new double[count][];
    double[] otherwise = new double[count];
    for (int i = 0; i < count; i++) {
      ScoreItem item = score.items().get(i);
      when[i] =
          item.bands().stream()
              .map(b -> conditions.compile(b.when()))
              .toArray(CompiledCondition[]::new);
      points[i] = item.bands().stream().mapToDouble(ScoreBand::points).toArray();
      otherwise[i] = item.otherwise();
    }
    double minimum = score.minimum();
    return facts -> {
      double lowest = 0;
      double highest = 0;
      for (int item = 0; item < count; item++) {
        // First match wins; an unknown band only widens the item's range and the walk goes on.
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        boolean matched = false;
        CompiledCondition[] bands = when[item];
        for (int band = 0; band < bands.length && !matched; band++) {
          int truth = bands[band].test(facts);
          if (truth != FALSE_CODE) {
            low = Math.min(low, points[item][band]);
            high = Math.max(high, points[item][band]);
            matched = truth == TRUE_CODE;
          }
        }
        if (!matched) {
          low = Math.min(low, otherwise[item]);
          high = Math.max(high, otherwise[item]);
        }
        lowest += low;
        highest += high;
      }
      if (lowest >= minimum) {
        return TRUE_CODE;
      }
      return highest < minimum ? FALSE_CODE : UNKNOWN_CODE;
    };
  }
}
