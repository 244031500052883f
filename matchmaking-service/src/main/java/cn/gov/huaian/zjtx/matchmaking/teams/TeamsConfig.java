package cn.gov.huaian.zjtx.matchmaking.teams;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of team composition ({@link TeamComposer}), editable without a release. */
@ConfigMapping(prefix = "zjtx.teams")
public interface TeamsConfig {
  /** How many of the need's ranked experts are candidates (their registered teammates join). */
  @WithDefault("30")
  int candidates();

  /** Facet score from which an expert counts as covering a facet. */
  @WithDefault("0.5")
  double coverThreshold();

  /** Weight of the keyword overlap in a facet score; the rest is the normalised cosine. */
  @WithDefault("0.5")
  double lexicalWeight();

  /**
   * How much the expert's relevance to the whole need (its score over the best candidate's) scales
   * its facet scores: 0 not at all, 1 fully. Keeps a profile that names every field (a filler
   * generalist) from answering for a facet of a need it hardly matches. Chosen on the judged
   * collection's dev needs (docs/evaluation/matchmaking.md).
   */
  @WithDefault("1")
  double relevanceWeight();

  /** Utility added per pair of members who already worked together. */
  @WithDefault("0.1")
  double linkBonus();
}
