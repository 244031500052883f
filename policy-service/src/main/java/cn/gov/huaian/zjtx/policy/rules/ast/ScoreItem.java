package cn.gov.huaian.zjtx.policy.rules.ast;

import java.util.List;

/**
 * 评分项：a banded table. The first band whose condition holds gives the points; if none holds, {@code
 * otherwise} does. Bands are listed from best to worst, as the policy text lists them.
 */
public record ScoreItem(Citation citation, List<ScoreBand> bands, double otherwise) {
  public ScoreItem {
    if (bands == null || bands.isEmpty()) {
      throw new IllegalArgumentException("评分项至少要有一个档位");
    }
    bands = List.copyOf(bands);
  }

  /** The most points this item can give. */
  public double maximum() {
    return Math.max(otherwise, bands.stream().mapToDouble(ScoreBand::points).max().orElse(0));
  }
}
