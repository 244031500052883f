package cn.gov.huaian.zjtx.matchmaking.ranking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Re-rank weights, editable without a release. */
@ConfigMapping(prefix = "zjtx.ranking")
public interface RankingConfig {
  @WithDefault("1.0")
  double relevance();

  @WithDefault("0.35")
  double discipline();

  @WithDefault("0.2")
  double cluster();

  @WithDefault("0.15")
  double locality();

  @WithDefault("0.05")
  double capacity();

  @WithDefault("0.1")
  double outcome();

  @WithDefault("0.3")
  double noCapacityPenalty();

  default Weights weights() {
    return new Weights(
        relevance(),
        discipline(),
        cluster(),
        locality(),
        capacity(),
        outcome(),
        noCapacityPenalty());
  }
}
