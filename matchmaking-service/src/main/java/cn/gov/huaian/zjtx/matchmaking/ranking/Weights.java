package cn.gov.huaian.zjtx.matchmaking.ranking;

/**
 * How the re-rank combines its signals (defaults tuned on the dev split of the judged collection;
 * see docs/evaluation/matchmaking.md).
 *
 * @param fusion {@code score}: a weighted sum of the normalised BM25 score and the normalised
 *     cosine of every candidate (a strong one-sided hit keeps its score); {@code rrf}:
 *     reciprocal-rank fusion of the two lists
 * @param lexical weight of BM25 in the score fusion (the vector gets 1 − lexical)
 * @param discipline bounded adjustment for NSFC overlap (± this; neutral when a side has no code)
 * @param cluster bounded adjustment for the 7+3 cluster (+ match, − mismatch, neutral when missing)
 * @param locality bonus for an expert where the need prefers (only when it prefers a region)
 * @param capacity bonus for capacity left (availability, not competence: small)
 * @param outcome adjustment for past cooperations' outcome (neutral without any)
 * @param noCapacityPenalty malus when the expert has no capacity left
 * @param maxAdjustment bound of the sum of all adjustments, as a share of the candidate's
 *     relevance: features can reorder candidates of similar relevance, never lift an off-topic one
 */
public record Weights(
    String fusion,
    double lexical,
    double discipline,
    double cluster,
    double locality,
    double capacity,
    double outcome,
    double noCapacityPenalty,
    double maxAdjustment) {
  public static final Weights DEFAULT =
      new Weights("score", 0.5, 0.30, 0.05, 0.025, 0.0, 0.05, 0.10, 0.25);
}
