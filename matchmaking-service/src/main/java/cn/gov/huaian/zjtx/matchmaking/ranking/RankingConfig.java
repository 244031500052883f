package cn.gov.huaian.zjtx.matchmaking.ranking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Re-rank weights, editable without a release (see {@link Weights} for each one's meaning). */
@ConfigMapping(prefix = "zjtx.ranking")
public interface RankingConfig {
  @WithDefault("score")
  String fusion();

  @WithDefault("0.5")
  double lexical();

  @WithDefault("0.30")
  double discipline();

  @WithDefault("0.05")
  double cluster();

  @WithDefault("0.025")
  double locality();

  @WithDefault("0.0")
  double capacity();

  @WithDefault("0.05")
  double outcome();

  @WithDefault("0.10")
  double noCapacityPenalty();

  @WithDefault("0.25")
  double maxAdjustment();

  /**
   * How far a ranking can be paged with cursors (results in all; each retrieval then goes that deep
   * at most). A first page is ranked from {@code zjtx.search.candidates} per retrieval.
   */
  @WithDefault("1000")
  int maxResults();

  default Weights weights() {
    return new Weights(
        fusion(),
        lexical(),
        discipline(),
        cluster(),
        locality(),
        capacity(),
        outcome(),
        noCapacityPenalty(),
        maxAdjustment());
  }
}
