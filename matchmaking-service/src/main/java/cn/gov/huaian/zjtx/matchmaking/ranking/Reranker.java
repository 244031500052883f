package cn.gov.huaian.zjtx.matchmaking.ranking;

import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.Highlighter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
   * dropped). {@code bm25Scores} may be empty (then the BM25 rank stands in for the score). The
   * first {@code size} results.
   */
  public List<Match> rank(
      MatchQuery q,
      List<UUID> bm25,
      List<UUID> knn,
      Map<UUID, Double> bm25Scores,
      Map<UUID, Candidate> candidates,
      int size,
      Stage stage) {
    return page(q, bm25, knn, bm25Scores, candidates, stage, Integer.MAX_VALUE, null, size).items();
  }

  /**
   * One page of results, whether more ranked results follow it, and the highest score a document
   * neither retrieval returned could have ({@code unseenBound}: lexical part at most the last
   * keyword hit's, vector part at most the last vector hit's, plus the largest lift): a result
   * scoring below it might be outranked by such a document.
   */
  public record Page(List<Match> items, boolean more, double unseenBound) {}

  /**
   * One page of the ranking: the results strictly after {@code after} (null: from the first) in the
   * total order score descending, then id ascending (so equal scores are ordered, and a page
   * boundary between equal scores loses or repeats nothing).
   *
   * <p>Scores do not depend on how deep the retrievals went: what is normalised over the candidates
   * (the cosine's min and max, the best relevance) is taken over the first {@code anchor} ids of
   * each retrieval only, the depth of a first page. A deeper retrieval for a later page then scores
   * every document exactly as the first page did, and the order of the pages agrees.
   */
  public Page page(
      MatchQuery q,
      List<UUID> bm25,
      List<UUID> knn,
      Map<UUID, Double> bm25Scores,
      Map<UUID, Candidate> candidates,
      Stage stage,
      int anchor,
      Cursor after,
      int size) {
    Map<UUID, Integer> bm25Rank = ranks(bm25);
    Map<UUID, Integer> knnRank = ranks(knn);
    Set<UUID> anchorIds = new HashSet<>(head(bm25, anchor));
    anchorIds.addAll(head(knn, anchor));
    Fused fused =
        switch (stage) {
          case BM25 -> new Fused(byOrder(bm25), 1.0 / (bm25.size() + 1));
          case VECTOR -> new Fused(byOrder(knn), 1.0 / (knn.size() + 1));
          case HYBRID, FULL -> fuse(q, bm25, knn, bm25Scores, candidates, anchor);
        };
    Map<UUID, Double> relevance = fused.relevance();
    double max =
        relevance.entrySet().stream()
            .filter(e -> anchorIds.contains(e.getKey()))
            .mapToDouble(Map.Entry::getValue)
            .max()
            .orElse(1);
    record Scored(Candidate candidate, double score, List<Match.Contribution> contributions) {}
    var scored = new ArrayList<Scored>();
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
      scored.add(new Scored(c, round(score), contributions));
    }
    scored.sort(
        Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparing(s -> s.candidate().id().toString()));
    int from = 0;
    if (after != null) {
      while (from < scored.size()
          && !after.isBefore(scored.get(from).score(), scored.get(from).candidate().id())) {
        from++;
      }
    }
    int to = Math.min(scored.size(), from + Math.max(0, size));
    int offset = after == null ? 0 : after.offset();
    var out = new ArrayList<Match>(to - from);
    // Only the page is explained: matched terms and highlights cost more than the scores.
    for (int i = from; i < to; i++) {
      Scored s = scored.get(i);
      Candidate c = s.candidate();
      List<String> matched = matchedTerms(q, c.text());
      var explanation =
          new Match.Explanation(
              matched,
              Highlighter.snippet(c.text(), matched, 120),
              sharedDisciplines(q.disciplines(), c.disciplines()),
              bm25Rank.get(c.id()),
              knnRank.get(c.id()),
              s.contributions());
      out.add(new Match(c.id(), c.label(), offset + (i - from) + 1, s.score(), explanation));
    }
    double bound =
        (max <= 0 ? 0 : fused.unseenBound() / max)
            * (stage == Stage.FULL ? 1 + weights.maxAdjustment() : 1);
    return new Page(out, to < scored.size(), bound);
  }

  /** Each candidate's relevance, and the most a document neither list returned could have. */
  record Fused(Map<UUID, Double> relevance, double unseenBound) {}

  private static List<UUID> head(List<UUID> ranking, int n) {
    return ranking.size() <= n ? ranking : ranking.subList(0, n);
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
   * (1 − lexical) × cosine normalised over the anchor candidates (the first {@code anchor} of each
   * retrieval: min → 0, max → 1); a candidate only one side found keeps its own score there and its
   * real score on the other side (cosine is computed from stored vectors, BM25 scores are asked for
   * every candidate; absent means no term matched, so 0). The best BM25 score is the first keyword
   * hit's at any depth: the lexical part of a score does not depend on the depth either.
   */
  Fused fuse(
      MatchQuery q,
      List<UUID> bm25,
      List<UUID> knn,
      Map<UUID, Double> bm25Scores,
      Map<UUID, Candidate> candidates,
      int anchor) {
    if ("rrf".equals(weights.fusion())) {
      return new Fused(
          Rrf.fuse(List.of(bm25, knn), Rrf.DEFAULT_K),
          1.0 / (Rrf.DEFAULT_K + bm25.size() + 1) + 1.0 / (Rrf.DEFAULT_K + knn.size() + 1));
    }
    var ids = new LinkedHashSet<UUID>(bm25);
    ids.addAll(knn);
    Set<UUID> anchorIds = new HashSet<>(head(bm25, anchor));
    anchorIds.addAll(head(knn, anchor));
    Map<UUID, Double> lexical = new HashMap<>();
    if (!bm25Scores.isEmpty()) {
      double best = bm25Scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
      bm25Scores.forEach((id, s) -> lexical.put(id, best <= 0 ? 0 : s / best));
    } else {
      int n = Math.min(bm25.size(), anchor);
      for (int i = 0; i < bm25.size(); i++) {
        lexical.putIfAbsent(bm25.get(i), Math.max(0, 1 - (double) i / n));
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
    var anchored = cosine.entrySet().stream().filter(e -> anchorIds.contains(e.getKey())).toList();
    if (anchored.size() >= 2) {
      double lo = anchored.stream().mapToDouble(Map.Entry::getValue).min().orElse(0);
      double hi = anchored.stream().mapToDouble(Map.Entry::getValue).max().orElse(1);
      cosine.forEach((id, v) -> semantic.put(id, hi - lo <= 1e-9 ? 1 : (v - lo) / (hi - lo)));
    } else {
      // No vectors to compare (degraded or missing): the kNN order stands in.
      int n = Math.min(knn.size(), anchor);
      for (int i = 0; i < knn.size(); i++) {
        semantic.putIfAbsent(knn.get(i), Math.max(0, 1 - (double) i / n));
      }
    }
    double w = weights.lexical();
    var fused = new LinkedHashMap<UUID, Double>();
    for (UUID id : ids) {
      fused.put(id, w * lexical.getOrDefault(id, 0.0) + (1 - w) * semantic.getOrDefault(id, 0.0));
    }
    double unseen =
        w * (bm25.isEmpty() ? 0 : lexical.getOrDefault(bm25.getLast(), 0.0))
            + (1 - w) * (knn.isEmpty() ? 0 : semantic.getOrDefault(knn.getLast(), 0.0));
    return new Fused(fused, unseen);
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
  public static double disciplineOverlap(List<String> mine, List<String> theirs) {
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
