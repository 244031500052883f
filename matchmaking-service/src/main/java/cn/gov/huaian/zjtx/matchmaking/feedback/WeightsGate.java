package cn.gov.huaian.zjtx.matchmaking.feedback;

import cn.gov.huaian.zjtx.matchmaking.ranking.Metrics;
import cn.gov.huaian.zjtx.matchmaking.ranking.Rescoring;
import cn.gov.huaian.zjtx.matchmaking.ranking.Weights;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The offline check learnt weights must pass before they take effect: on the judged collection's
 * test part (hand-graded, never used to learn), the candidates each need's ranking returned are
 * re-scored under the current and the proposed weights ({@link Rescoring}) and the mean nDCG@10
 * compared. Proposed weights that score lower are not activated. Plain Java.
 */
public final class WeightsGate {
  /** Cut-off of the nDCG the gate compares. */
  public static final int K = 10;

  /**
   * One judged need: the candidates its ranking returned, each with its explained feature values,
   * and every judged grade of the need (the ideal ranking is computed from all of them).
   */
  public record JudgedRanking(
      String need, List<Candidate> candidates, Map<String, Integer> grades) {}

  /** A returned candidate: the expert's collection id and its feature values. */
  public record Candidate(String expert, Map<String, Double> values) {}

  /** The two means and whether the proposal may take effect. */
  public record Verdict(double currentNdcg, double proposedNdcg, int needs, boolean pass) {}

  private WeightsGate() {}

  public static Verdict judge(List<JudgedRanking> judged, Weights current, Weights proposed) {
    if (judged.isEmpty()) {
      return new Verdict(0, 0, 0, false); // nothing to check against: nothing takes effect
    }
    double now = meanNdcg(judged, current);
    double next = meanNdcg(judged, proposed);
    return new Verdict(now, next, judged.size(), next >= now);
  }

  public static double meanNdcg(List<JudgedRanking> judged, Weights w) {
    return judged.stream().mapToDouble(j -> ndcg(j, w)).average().orElse(0);
  }

  private static double ndcg(JudgedRanking j, Weights w) {
    List<String> order =
        j.candidates().stream()
            .sorted(
                Comparator.comparingDouble((Candidate c) -> -Rescoring.score(c.values(), w))
                    .thenComparing(Candidate::expert))
            .map(Candidate::expert)
            .toList();
    return Metrics.ndcg(order, j.grades(), K);
  }
}
