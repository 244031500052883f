package cn.gov.huaian.zjtx.matchmaking.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.feedback.WeightsGate.Candidate;
import cn.gov.huaian.zjtx.matchmaking.feedback.WeightsGate.JudgedRanking;
import cn.gov.huaian.zjtx.matchmaking.ranking.Weights;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gate on a hand-made judged ranking whose nDCG is computed by hand. */
class WeightsGateTest {
  /**
   * One need: X is relevant (grade 3) but not local, Y is judged 0 and local; both have relevance
   * 0.8. With a large locality weight Y overtakes X.
   */
  static final List<JudgedRanking> JUDGED =
      List.of(
          new JudgedRanking(
              "N1",
              List.of(
                  new Candidate("X", Map.of("relevance", 0.8, "locality", 0.0)),
                  new Candidate("Y", Map.of("relevance", 0.79, "locality", 1.0))),
              Map.of("X", 3, "Y", 0)));

  static Weights withLocality(double w) {
    return new Weights("score", 0.5, 0.3, 0.05, w, 0, 0.05, 0.1, 0.25);
  }

  @Test
  void weightsThatRankAJudgedZeroFirstDoNotPass() {
    var v = WeightsGate.judge(JUDGED, withLocality(0.0), withLocality(0.2));
    assertThat(v.currentNdcg()).isEqualTo(1.0);
    // Y first: DCG = 0 + 7 / log2(3) = 4.4165; ideal = 7 → 0.6309
    assertThat(v.proposedNdcg()).isCloseTo(0.6309, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(v.pass()).isFalse();
  }

  @Test
  void weightsThatDoNoHarmPass() {
    assertThat(WeightsGate.judge(JUDGED, withLocality(0.2), withLocality(0.0)).pass()).isTrue();
    assertThat(WeightsGate.judge(JUDGED, withLocality(0.0), withLocality(0.005)).pass()).isTrue();
  }

  @Test
  void withoutAJudgedSetNothingPasses() {
    assertThat(WeightsGate.judge(List.of(), withLocality(0), withLocality(0)).pass()).isFalse();
  }
}
