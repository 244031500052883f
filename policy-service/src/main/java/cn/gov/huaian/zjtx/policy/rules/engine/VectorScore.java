package cn.gov.huaian.zjtx.policy.rules.engine;

import static cn.gov.huaian.zjtx.policy.rules.Truth.FALSE_CODE;
import static cn.gov.huaian.zjtx.policy.rules.Truth.TRUE_CODE;
import static cn.gov.huaian.zjtx.policy.rules.Truth.UNKNOWN_CODE;

import cn.gov.huaian.zjtx.policy.rules.ast.Condition.ScoreAtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreBand;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreItem;
import java.util.Arrays;

/** A banded score over a block: the same first-match, range-when-unknown rule as per pair. */
final class VectorScore {
  private final VectorCompiler compiler;

  VectorScore(VectorCompiler compiler) {
    this.compiler = compiler;
  }

  VectorCondition compile(ScoreAtLeast score) {
    int items = score.items().size();
    VectorCondition[][] when = new VectorCondition[items][];
    double[][] points = new double[items][];
    double[] otherwise = new double[items];
    for (int item = 0; item < items; item++) {
      ScoreItem source = score.items().get(item);
      when[item] = compiler.compileAll(source.bands().stream().map(ScoreBand::when).toList());
      points[item] = source.bands().stream().mapToDouble(ScoreBand::points).toArray();
      otherwise[item] = source.otherwise();
    }
    double minimum = score.minimum();
    return (block, out, workspace, depth) -> {
      int n = block.size();
      byte[] band = workspace.truths(2 * depth + 1);
      byte[] matched = workspace.truths(2 * depth + 2);
      double[] totalLow = workspace.numbers(4 * depth);
      double[] totalHigh = workspace.numbers(4 * depth + 1);
      double[] low = workspace.numbers(4 * depth + 2);
      double[] high = workspace.numbers(4 * depth + 3);
      Arrays.fill(totalLow, 0, n, 0);
      Arrays.fill(totalHigh, 0, n, 0);
      for (int item = 0; item < items; item++) {
        Arrays.fill(low, 0, n, Double.POSITIVE_INFINITY);
        Arrays.fill(high, 0, n, Double.NEGATIVE_INFINITY);
        Arrays.fill(matched, 0, n, (byte) 0);
        for (int b = 0; b < when[item].length; b++) {
          when[item][b].eval(block, band, workspace, depth + 1);
          double p = points[item][b];
          for (int i = 0; i < n; i++) {
            if (matched[i] == 0 && band[i] != FALSE_CODE) {
              low[i] = Math.min(low[i], p);
              high[i] = Math.max(high[i], p);
              matched[i] = (byte) (band[i] == TRUE_CODE ? 1 : 0);
            }
          }
        }
        for (int i = 0; i < n; i++) {
          if (matched[i] == 0) {
            low[i] = Math.min(low[i], otherwise[item]);
            high[i] = Math.max(high[i], otherwise[item]);
          }
          totalLow[i] += low[i];
          totalHigh[i] += high[i];
        }
      }
      for (int i = 0; i < n; i++) {
        out[i] =
            (byte)
                (totalLow[i] >= minimum
                    ? TRUE_CODE
                    : totalHigh[i] < minimum ? FALSE_CODE : UNKNOWN_CODE);
      }
    };
  }
}
