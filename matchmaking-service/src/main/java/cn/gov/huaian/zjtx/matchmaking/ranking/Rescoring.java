package cn.gov.huaian.zjtx.matchmaking.ranking;

import java.util.Map;

/**
 * A ranked candidate's score under other weights, from the feature values its explanation shows:
 * the same combination as {@link Reranker} (relevance, plus each adjustment as a share of it, lifts
 * and maluses bounded separately by {@link Weights#maxAdjustment()}). Lets learnt weights be
 * compared with the current ones on judged rankings without searching again. Plain Java.
 */
public final class Rescoring {
  private Rescoring() {}

  /**
   * {@code values}: feature → value as in {@link Match.Contribution#value()}, "relevance" included.
   */
  public static double score(Map<String, Double> values, Weights w) {
    double relevance = values.getOrDefault("relevance", 0.0);
    double lift = 0;
    double malus = 0;
    for (var e : values.entrySet()) {
      double raw = e.getValue() * weightOf(e.getKey(), e.getValue(), w);
      if (raw >= 0) {
        lift += raw;
      } else {
        malus += raw;
      }
    }
    double liftScale = lift > w.maxAdjustment() ? w.maxAdjustment() / lift : 1;
    double malusScale = -malus > w.maxAdjustment() ? w.maxAdjustment() / -malus : 1;
    return relevance + (lift * liftScale + malus * malusScale) * relevance;
  }

  /** The weight {@link Reranker} gives a feature with this value (a full expert: the penalty). */
  static double weightOf(String feature, double value, Weights w) {
    return switch (feature) {
      case "discipline" -> w.discipline();
      case "cluster" -> w.cluster();
      case "locality" -> w.locality();
      case "capacity" -> value < 0 ? w.noCapacityPenalty() : w.capacity();
      case "outcome" -> w.outcome();
      default -> 0;
    };
  }
}
