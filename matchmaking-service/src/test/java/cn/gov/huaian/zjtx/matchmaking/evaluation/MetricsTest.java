package cn.gov.huaian.zjtx.matchmaking.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.gov.huaian.zjtx.matchmaking.ranking.Metrics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics on small rankings whose values were computed by hand (shown in each test). */
class MetricsTest {
  // Judged: a=3, b=2, c=1, d=0. Unjudged ids (x, y) count as 0.
  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1, "d", 0);

  @Test
  void idealOrderHasNdcgOne() {
    assertThat(Metrics.ndcg(List.of("a", "b", "c", "d"), GRADES, 10)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void ndcgOfASwappedRankingByHand() {
    // Ranking b, a, x, c. Gains 2^g − 1: a 7, b 3, c 1.
    // DCG = 3/log2(2) + 7/log2(3) + 0/log2(4) + 1/log2(5) = 3 + 4.41650 + 0 + 0.43068 = 7.84718
    // IDCG = 7/1 + 3/log2(3) + 1/log2(4) = 7 + 1.89279 + 0.5 = 9.39279
    // nDCG = 0.83545
    assertThat(Metrics.ndcg(List.of("b", "a", "x", "c"), GRADES, 10))
        .isCloseTo(0.83545, within(1e-4));
  }

  @Test
  void ndcgCutsAtK() {
    // k = 1: ranking x, a → DCG 0; IDCG 7 → 0.
    assertThat(Metrics.ndcg(List.of("x", "a"), GRADES, 1)).isZero();
    // k = 2: ranking c, a → DCG = 1 + 7/log2(3) = 5.41650; IDCG = 7 + 3/log2(3) = 8.89279 → 0.60909
    assertThat(Metrics.ndcg(List.of("c", "a"), GRADES, 2)).isCloseTo(0.60909, within(1e-4));
  }

  @Test
  void ndcgIsZeroWithoutAnyPositiveJudgement() {
    assertThat(Metrics.ndcg(List.of("d", "x"), Map.of("d", 0), 10)).isZero();
  }

  @Test
  void reciprocalRankCountsOnlyGradeTwoAndUp() {
    // c (grade 1) at 1 does not count; b (grade 2) at 3 → 1/3.
    assertThat(Metrics.reciprocalRank(List.of("c", "x", "b", "a"), GRADES))
        .isCloseTo(1 / 3.0, within(1e-9));
    assertThat(Metrics.reciprocalRank(List.of("c", "d", "y"), GRADES)).isZero();
  }

  @Test
  void recallAtKByHand() {
    // Relevant (≥ 2): a, b. Ranking x, b, c, a: at k=2 one of two → 0.5; at k=4 both → 1.
    assertThat(Metrics.recall(List.of("x", "b", "c", "a"), GRADES, 2)).isCloseTo(0.5, within(1e-9));
    assertThat(Metrics.recall(List.of("x", "b", "c", "a"), GRADES, 4)).isCloseTo(1.0, within(1e-9));
    assertThat(Metrics.recall(List.of("a"), Map.of("c", 1), 10)).isZero();
  }
}
