package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.ast.Condition.ScoreAtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreBand;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreItem;

/**
 * The numbers of a banded score for the circuits: bands per item, points per band (flattened in
 * item order, as their conditions are pushed), the otherwise of each item, and the minimum.
 */
record ScoreTable(int[] bandsPerItem, double[] points, double[] otherwise, double minimum) {
  static ScoreTable of(ScoreAtLeast score) {
    int items = score.items().size();
    int[] bands = new int[items];
    double[] otherwise = new double[items];
    double[] points =
        score.items().stream()
            .flatMap(item -> item.bands().stream())
            .mapToDouble(ScoreBand::points)
            .toArray();
    for (int i = 0; i < items; i++) {
      ScoreItem item = score.items().get(i);
      bands[i] = item.bands().size();
      otherwise[i] = item.otherwise();
    }
    return new ScoreTable(bands, points, otherwise, score.minimum());
  }

  int bandCount() {
    return points.length;
  }
}
