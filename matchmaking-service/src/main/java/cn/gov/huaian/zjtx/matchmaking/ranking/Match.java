package cn.gov.huaian.zjtx.matchmaking.ranking;

import java.util.List;
import java.util.UUID;

/** One ranked result with why it ranks there. */
public record Match(UUID id, String label, int rank, double score, Explanation explanation) {

  /**
   * @param matchedTerms query terms (or their synonyms) found in the document
   * @param highlight the document text around the first match, matched terms in {@code <em>},
   *     HTML-escaped
   * @param sharedDisciplines NSFC codes both sides have, or that are close (same parent)
   * @param bm25Rank rank in the keyword retrieval (null when not retrieved there)
   * @param vectorRank rank in the vector retrieval (null when not retrieved there)
   * @param contributions each feature's value, weight and contribution to the score
   */
  public record Explanation(
      List<String> matchedTerms,
      String highlight,
      List<SharedDiscipline> sharedDisciplines,
      Integer bm25Rank,
      Integer vectorRank,
      List<Contribution> contributions) {}

  /** A discipline the two sides share, and how close (1 = same code). */
  public record SharedDiscipline(String code, String name, double closeness) {}

  /** One feature: Chinese label, value in [0, 1], weight, and weight × value. */
  public record Contribution(
      String feature, String label, double value, double weight, double contribution) {}
}
