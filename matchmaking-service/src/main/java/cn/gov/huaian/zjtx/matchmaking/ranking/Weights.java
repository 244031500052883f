package cn.gov.huaian.zjtx.matchmaking.ranking;

/**
 * Weights of the re-rank: text relevance (fused rank, normalised to [0, 1]) and each structured
 * feature. Defaults were tuned on the evaluation set (see docs/evaluation/).
 */
public record Weights(
    double relevance,
    double discipline,
    double cluster,
    double locality,
    double capacity,
    double outcome,
    double noCapacityPenalty) {
  public static final Weights DEFAULT = new Weights(1.0, 0.35, 0.2, 0.15, 0.05, 0.1, 0.3);
}
