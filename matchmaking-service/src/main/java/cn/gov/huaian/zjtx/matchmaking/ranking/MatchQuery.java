package cn.gov.huaian.zjtx.matchmaking.ranking;

import java.util.List;
import java.util.Set;

/**
 * The side that asks: a need's (or an expert's, or a free text's) segmented terms, the terms with
 * their synonyms, its vector and its structured fields.
 *
 * @param region ANY, HUAIAN or JIANGSU: locality counts only when the need prefers it
 */
public record MatchQuery(
    String text,
    List<String> terms,
    Set<String> synonyms,
    float[] vector,
    List<String> disciplines,
    List<String> clusters,
    String region) {

  /** The same query with this vector (a free text's embedding, once computed). */
  public MatchQuery withVector(float[] v) {
    return vector != null || v == null
        ? this
        : new MatchQuery(text, terms, synonyms, v, disciplines, clusters, region);
  }
}
