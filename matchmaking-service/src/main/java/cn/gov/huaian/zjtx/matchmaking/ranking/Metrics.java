package cn.gov.huaian.zjtx.matchmaking.ranking;

import java.util.List;
import java.util.Map;

/**
 * nDCG@k (graded gain 2^g − 1, ideal ranking from every judged grade of the need), MRR and recall@k
 * over a ranking of ids. An id without a judgement counts as grade 0. In main code because the
 * nightly weight learning gates new weights on the judged collection with it.
 */
public final class Metrics {
  /** Grades at or above this count as relevant for MRR and recall. */
  public static final int RELEVANT = 2;

  private Metrics() {}

  public static <T> double ndcg(List<T> ranking, Map<T, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
    }
    var ideal = grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** 1 / rank of the first relevant (grade ≥ 2) id, 0 when none is ranked. */
  public static <T> double reciprocalRank(List<T> ranking, Map<T, Integer> grades) {
    for (int i = 0; i < ranking.size(); i++) {
      if (grades.getOrDefault(ranking.get(i), 0) >= RELEVANT) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** Share of the relevant (grade ≥ 2) ids found in the first k; 0 when the need has none. */
  public static <T> double recall(List<T> ranking, Map<T, Integer> grades, int k) {
    long relevant = grades.values().stream().filter(g -> g >= RELEVANT).count();
    if (relevant == 0) {
      return 0;
    }
    long found =
        ranking.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) >= RELEVANT).count();
    return (double) found / relevant;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
