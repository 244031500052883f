package cn.gov.huaian.zjtx.matchmaking.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.ranking.Weights;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The judged test part the gate ships with: 36 needs, and re-scored under the default weights it
 * reproduces the full pipeline's nDCG@10 of the run it was exported from (0.8387, 2026-12-04,
 * docs/evaluation/matchmaking.md) — so re-scoring is faithful to the ranker.
 */
class JudgedRankingsTest {
  @Test
  void theShippedTestPartReproducesTheRunItCameFrom() {
    var judged = JudgedRankings.testPart();
    assertThat(judged).hasSize(36);
    assertThat(judged).allMatch(j -> !j.candidates().isEmpty() && !j.grades().isEmpty());
    assertThat(WeightsGate.meanNdcg(judged, Weights.DEFAULT))
        .isCloseTo(0.8387, Offset.offset(0.005));
  }

  @Test
  void weightsThatLetFeaturesOutweighRelevanceScoreLowerOnIt() {
    var judged = JudgedRankings.testPart();
    var featuresFirst = new Weights("score", 0.5, 3, 3, 3, 3, 3, 3, 5);
    assertThat(WeightsGate.meanNdcg(judged, featuresFirst))
        .isLessThan(WeightsGate.meanNdcg(judged, Weights.DEFAULT));
  }
}
