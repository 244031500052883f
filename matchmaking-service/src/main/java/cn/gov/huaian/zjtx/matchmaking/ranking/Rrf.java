package cn.gov.huaian.zjtx.matchmaking.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion: score(d) = Σ 1 / (k + rank_i(d)) over the rankings that hold d, ranks
 * from 1. Done in the application because this Elasticsearch has no rrf retriever.
 */
public final class Rrf {
  public static final int DEFAULT_K = 60;

  private Rrf() {}

  /** Fused scores, best first; ties keep the order of first appearance (stable). */
  public static <T> LinkedHashMap<T, Double> fuse(List<List<T>> rankings, int k) {
    Map<T, Double> scores = new HashMap<>();
    List<T> order = new ArrayList<>();
    for (List<T> ranking : rankings) {
      for (int i = 0; i < ranking.size(); i++) {
        T id = ranking.get(i);
        if (!scores.containsKey(id)) {
          order.add(id);
        }
        scores.merge(id, 1.0 / (k + i + 1), Double::sum);
      }
    }
    var sorted = new ArrayList<>(order);
    sorted.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    var out = new LinkedHashMap<T, Double>();
    for (T id : sorted) {
      out.put(id, scores.get(id));
    }
    return out;
  }
}
