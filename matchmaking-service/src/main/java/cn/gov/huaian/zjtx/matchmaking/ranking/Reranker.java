package cn.gov.huaian.zjtx.matchmaking.ranking;

import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.Highlighter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Hybrid ranking core, free of any framework. Relevance first: the BM25 score (normalised by the
 * best one) and the cosine between the two sides' vectors (computed for every candidate, also those
 * only BM25 found; normalised over the candidates) are combined by a weighted sum, so a strong
 * one-sided hit keeps its score (or, configurably, by RRF). Structured features then only adjust,
 * in proportion to the candidate's relevance and within a bound ({@link Weights#maxAdjustment()}):
 * an off-topic local expert stays off-topic, and a missing value is neutral, never a penalty. Every
 * result is explained.
 */
public final class Reranker {
  /** Region mode for needs seen from an expert: each candidate need's own preference decides. */
  public static final String PER_CANDIDATE = "PER_CANDIDATE";

  /** Which stage of the pipeline orders the results (admin diagnostics; FULL for everyone). */
  public enum Stage {
    BM25,
    VECTOR,
    HYBRID,
    FULL
  }

  private final Weights weights;

  public Reranker(Weights weights) {
    this.weights = weights;
  }

  /** The full pipeline with rank-only inputs (no BM25 scores known). */
  public List<Match> rank(
      MatchQuery q, List<UUID> bm25, List<UUID> knn, Map<UUID, Candidate> candidates, int size) {
    return rank(q, bm25, knn, Map.of(), candidates, size, Stage.FULL);
  }

  /**
   * Fusion then re-rank; {@code candidates} holds what is known of each retrieved id (others are
   * dropped). {@code bm25Scores} may be empty (then the BM25 rank stands in for the score).
   */
  public List<Match> rank(
      MatchQuery q,
      List<UUID> bm25,
      List<UUID> knn,
      Map<UUID, Double> bm25Scores,
      Map<UUID, Candidate> candidates,
      int size,
      Stage stage) {
    Map<UUID, Integer> bm25Rank = ranks(bm25);
    Map<UUID, Integer> knnRank = ranks(knn);
    Map<UUID, Double> relevance =
        switch (stage) {
          case BM25 -> byOrder(bm25);
          case VECTOR -> byOrder(knn);
          case HYBRID, FULL -> fuse(q, bm25, knn, bm25Scores, candidates);
        };
    double max = relevance.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    var scored = new ArrayList<Match>();
    for (var entry : relevance.entrySet()) {
      Candidate c = candidates.get(entry.getKey());
      if (c == null) {
        continue;
      }
      double rel = max <= 0 ? 0 : entry.getValue() / max;
      var contributions =
          stage == Stage.FULL
              ? contributions(q, c, rel)
              : List.of(contribution("relevance", stageLabel(stage), rel, 1));
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
    // Stable on equal scores: the fused order decides.
    scored.sort(Comparator.comparingDouble(Match::score).reversed());
    var out = new ArrayList<Match>(Math.min(size, scored.size()));
    for (int i = 0; i < Math.min(size, scored.size()); i++) {
      Match m = scored.get(i);
      out.add(new Match(m.id(), m.label(), i + 1, m.score(), m.explanation()));
    }
    return out;
  }

  private String stageLabel(Stage stage) {
    return switch (stage) {
      case BM25 -> "仅关键词检索（BM25 排序，诊断）";
      case VECTOR -> "仅向量检索（kNN 排序，诊断）";
      default ->
          "rrf".equals(weights.fusion())
              ? "文本与语义相关度（BM25+向量 RRF 融合，未重排，诊断）"
              : "文本与语义相关度（BM25 与向量分数加权融合，未重排，诊断）";
    };
  }

  /** A list's order as a decreasing score (first 1, then less), for the one-sided stages. */
  private static Map<UUID, Double> byOrder(List<UUID> ranking) {
    var out = new LinkedHashMap<UUID, Double>();
    for (int i = 0; i < ranking.size(); i++) {
      out.putIfAbsent(ranking.get(i), 1.0 / (i + 1));
    }
    return out;
  }

  /**
   * Relevance of every candidate either retrieval found. Score fusion: lexical × BM25 / best BM25 +
   * (1 − lexical) × cosine normalised over the candidates (min → 0, max → 1); a candidate only one
   * side found keeps its own score there and its real score on the other side (cosine is computed
   * from stored vectors; BM25 absent means no term matched well, so 0).
   */
  Map<UUID, Double> fuse(
      MatchQuery q,
      List<UUID> bm25,
      List<UUID> knn,
      Map<UUID, Double> bm25Scores,
      Map<UUID, Candidate> candidates) {
    if ("rrf".equals(weights.fusion())) {
      return Rrf.fuse(List.of(bm25, knn), Rrf.DEFAULT_K);
    }
    var ids = new LinkedHashSet<UUID>(bm25);
    ids.addAll(knn);
    Map<UUID, Double> lexical = new HashMap<>();
    if (!bm25Scores.isEmpty()) {
      double best = bm25Scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
      bm25Scores.forEach((id, s) -> lexical.put(id, best <= 0 ? 0 : s / best));
    } else {
      for (int i = 0; i < bm25.size(); i++) {
        lexical.putIfAbsent(bm25.get(i), 1 - (double) i / bm25.size());
      }
    }
    Map<UUID, Double> cosine = new HashMap<>();
    for (UUID id : ids) {
      Candidate c = candidates.get(id);
      if (q.vector() != null
          && c != null
          && c.vector() != null
          && c.vector().length == q.vector().length) {
        cosine.put(id, Embedder.cosine(q.vector(), c.vector()));
      }
    }
    Map<UUID, Double> semantic = new HashMap<>();
    if (cosine.size() >= 2) {
      double lo = cosine.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
      double hi = cosine.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
      cosine.forEach((id, v) -> semantic.put(id, hi - lo <= 1e-9 ? 1 : (v - lo) / (hi - lo)));
    } else {
      // No vectors to compare (degraded or missing): the kNN order stands in.
      for (int i = 0; i < knn.size(); i++) {
        semantic.putIfAbsent(knn.get(i), 1 - (double) i / knn.size());
      }
    }
    double w = weights.lexical();
    var fused = new LinkedHashMap<UUID, Double>();
    for (UUID id : ids) {
      fused.put(id, w * lexical.getOrDefault(id, 0.0) + (1 - w) * semantic.getOrDefault(id, 0.0));
    }
    return fused;
  }

  /**
   * Relevance, then each feature's adjustment as a share of that relevance, the lifts' sum and the
   * maluses' sum each bounded by {@link Weights#maxAdjustment()} (scaled down together when over
   * it). A feature a side does not state (no NSFC code, no cluster, no past cooperation)
   * contributes 0.
   */
  List<Match.Contribution> contributions(MatchQuery q, Candidate c, double relevance) {
    record Adj(String feature, String label, double value, double weight) {}
    var adjustments = new ArrayList<Adj>();
    if (q.disciplines().isEmpty() || c.disciplines().isEmpty()) {
      adjustments.add(new Adj("discipline", "学科重合（一方未填学科，中性）", 0, 0));
    } else {
      // 0 overlap → −1, full overlap → +1.
      double overlap = disciplineOverlap(q.disciplines(), c.disciplines());
      adjustments.add(new Adj("discipline", "学科重合", 2 * overlap - 1, weights.discipline()));
    }
    if (!q.clusters().isEmpty()) {
      if (c.clusters().isEmpty()) {
        adjustments.add(new Adj("cluster", "产业集群（未填，中性）", 0, 0));
      } else {
        boolean fit = c.clusters().stream().anyMatch(q.clusters()::contains);
        adjustments.add(new Adj("cluster", "产业集群契合", fit ? 1 : -1, weights.cluster()));
      }
    }
    if (PER_CANDIDATE.equals(q.region())) {
      adjustments.add(
          new Adj("locality", "地域（需求偏好就近且相符）", c.inHuaian() ? 1 : 0, weights.locality()));
    } else if ("HUAIAN".equals(q.region()) || "JIANGSU".equals(q.region())) {
      double local =
          "HUAIAN".equals(q.region())
              ? (c.inHuaian() ? 1 : c.inJiangsu() ? 0.4 : 0)
              : (c.inJiangsu() ? 1 : 0);
      adjustments.add(new Adj("locality", "地域（需求偏好就近）", local, weights.locality()));
    }
    if (c.remainingCapacity() != null) {
      int remaining = c.remainingCapacity();
      adjustments.add(
          remaining <= 0
              ? new Adj("capacity", "剩余承接能力（已满）", -1, weights.noCapacityPenalty())
              : new Adj("capacity", "剩余承接能力", Math.min(1, remaining / 2.0), weights.capacity()));
    }
    adjustments.add(
        c.pastOutcome() == null
            ? new Adj("outcome", "以往合作成效（无记录，中性）", 0, 0)
            : new Adj("outcome", "以往合作成效", 2 * c.pastOutcome() - 1, weights.outcome()));
    // Lifts and maluses are bounded separately: a malus (no capacity left) is not swallowed by
    // lifts.
    double lift = adjustments.stream().mapToDouble(a -> Math.max(0, a.value() * a.weight())).sum();
    double malus = adjustments.stream().mapToDouble(a -> Math.min(0, a.value() * a.weight())).sum();
    double bound = weights.maxAdjustment();
    double liftScale = lift > bound ? bound / lift : 1;
    double malusScale = -malus > bound ? bound / -malus : 1;
    var list = new ArrayList<Match.Contribution>();
    list.add(contribution("relevance", relevanceLabel(), relevance, 1));
    for (Adj a : adjustments) {
      // Gated by relevance: the adjustment is a share of this candidate's own relevance.
      list.add(
          new Match.Contribution(
              a.feature(),
              a.label(),
              round(a.value()),
              a.weight(),
              round(
                  a.value()
                      * a.weight()
                      * (a.value() * a.weight() >= 0 ? liftScale : malusScale)
                      * relevance)));
    }
    return list;
  }

  private String relevanceLabel() {
    return "rrf".equals(weights.fusion()) ? "文本与语义相关度（BM25+向量 RRF 融合）" : "文本与语义相关度（BM25 与向量分数加权融合）";
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
