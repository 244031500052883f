package cn.gov.huaian.zjtx.matchmaking.ranking;

import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.matchmaking.text.Highlighter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Hybrid ranking core, free of any framework: fuse the keyword and vector rankings with RRF, then
 * re-rank the fused candidates on structured features, and explain every result.
 */
public final class Reranker {
  /** Region mode for needs seen from an expert: each candidate need's own preference decides. */
  public static final String PER_CANDIDATE = "PER_CANDIDATE";

  private final Weights weights;

  public Reranker(Weights weights) {
    this.weights = weights;
  }

  /**
   * Fusion then re-rank; {@code candidates} holds what is known of each retrieved id (others are
   * dropped).
   */
  public List<Match> rank(
      MatchQuery q, List<UUID> bm25, List<UUID> knn, Map<UUID, Candidate> candidates, int size) {
    LinkedHashMap<UUID, Double> fused = Rrf.fuse(List.of(bm25, knn), Rrf.DEFAULT_K);
    double max = fused.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Map<UUID, Integer> bm25Rank = ranks(bm25);
    Map<UUID, Integer> knnRank = ranks(knn);
    var scored = new ArrayList<Match>();
    for (var entry : fused.entrySet()) {
      Candidate c = candidates.get(entry.getKey());
      if (c == null) {
        continue;
      }
      var contributions = contributions(q, c, entry.getValue() / max);
      double score = contributions.stream().mapToDouble(Match.Contribution::contribution).sum();
      List<String> matched = matchedTerms(q, c.text());
      var explanation =
          new Match.Explanation(
              matched,
              Highlighter.snippet(c.text(), matched, 120),
              sharedDisciplines(q.disciplines(), c.disciplines()),
              bm25Rank.get(c.id()),
              knnRank.get(c.id()),
              contributions);
      scored.add(new Match(c.id(), c.label(), 0, round(score), explanation));
    }
    scored.sort(Comparator.comparingDouble(Match::score).reversed());
    var out = new ArrayList<Match>(Math.min(size, scored.size()));
    for (int i = 0; i < Math.min(size, scored.size()); i++) {
      Match m = scored.get(i);
      out.add(new Match(m.id(), m.label(), i + 1, m.score(), m.explanation()));
    }
    return out;
  }

  List<Match.Contribution> contributions(MatchQuery q, Candidate c, double relevance) {
    var list = new ArrayList<Match.Contribution>();
    list.add(contribution("relevance", "文本与语义相关度（BM25+向量 RRF 融合）", relevance, weights.relevance()));
    list.add(
        contribution(
            "discipline",
            "学科重合",
            disciplineOverlap(q.disciplines(), c.disciplines()),
            weights.discipline()));
    if (!q.clusters().isEmpty()) {
      boolean fit = c.clusters().stream().anyMatch(q.clusters()::contains);
      list.add(contribution("cluster", "产业集群契合", fit ? 1 : 0, weights.cluster()));
    }
    if (PER_CANDIDATE.equals(q.region())) {
      list.add(contribution("locality", "地域（需求偏好就近且相符）", c.inHuaian() ? 1 : 0, weights.locality()));
    } else if ("HUAIAN".equals(q.region()) || "JIANGSU".equals(q.region())) {
      double local =
          "HUAIAN".equals(q.region())
              ? (c.inHuaian() ? 1 : c.inJiangsu() ? 0.4 : 0)
              : (c.inJiangsu() ? 1 : 0);
      list.add(contribution("locality", "地域（需求偏好就近）", local, weights.locality()));
    }
    if (c.remainingCapacity() != null) {
      int remaining = c.remainingCapacity();
      list.add(
          remaining <= 0
              ? contribution("capacity", "剩余承接能力（已满）", 1, -weights.noCapacityPenalty())
              : contribution(
                  "capacity", "剩余承接能力", Math.min(1, remaining / 2.0), weights.capacity()));
    }
    double outcome = c.pastOutcome() == null ? 0.5 : c.pastOutcome();
    list.add(
        contribution(
            "outcome",
            c.pastOutcome() == null ? "以往合作成效（无记录，取中性值）" : "以往合作成效",
            outcome,
            weights.outcome()));
    return list;
  }

  /** Mean over the query's codes of the best closeness to any of the candidate's codes. */
  static double disciplineOverlap(List<String> mine, List<String> theirs) {
    if (mine.isEmpty() || theirs.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String a : mine) {
      double best = 0;
      for (String b : theirs) {
        best = Math.max(best, NsfcCodes.closeness(a, b));
      }
      sum += best;
    }
    return sum / mine.size();
  }

  static List<Match.SharedDiscipline> sharedDisciplines(List<String> mine, List<String> theirs) {
    var out = new ArrayList<Match.SharedDiscipline>();
    for (String b : theirs) {
      double best = 0;
      for (String a : mine) {
        best = Math.max(best, NsfcCodes.closeness(a, b));
      }
      if (best >= 0.6) {
        out.add(new Match.SharedDiscipline(b, NsfcCodes.get().nameOf(b), best));
      }
    }
    return out;
  }

  static List<String> matchedTerms(MatchQuery q, String text) {
    if (text == null) {
      return List.of();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    var out = new ArrayList<String>();
    for (String t : q.synonyms()) {
      if (t.codePointCount(0, t.length()) >= 2 && !out.contains(t) && lower.contains(t)) {
        out.add(t);
      }
    }
    return out.size() > 20 ? out.subList(0, 20) : out;
  }

  private static Map<UUID, Integer> ranks(List<UUID> ranking) {
    var m = new HashMap<UUID, Integer>();
    for (int i = 0; i < ranking.size(); i++) {
      m.putIfAbsent(ranking.get(i), i + 1);
    }
    return m;
  }

  private static Match.Contribution contribution(
      String feature, String label, double value, double weight) {
    return new Match.Contribution(feature, label, round(value), weight, round(value * weight));
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
