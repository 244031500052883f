package cn.gov.huaian.zjtx.matchmaking.ranking;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.Fillers;
import cn.gov.huaian.zjtx.matchmaking.text.Segmenter;
import cn.gov.huaian.zjtx.matchmaking.text.Synonyms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two-sided matching: experts for a need, needs for an expert, and free-text search of either.
 * Stored vectors are reused; only free text is embedded at request time (and cached).
 */
@ApplicationScoped
public class MatchService {
  private static final int MAX_TERMS = 64;
  private final Retrieval retrieval;
  private final RankingConfig config;

  public MatchService(Retrieval retrieval, RankingConfig config) {
    this.retrieval = retrieval;
    this.config = config;
  }

  public MatchResult expertsForNeed(TechNeed need, int size) {
    return expertsForNeed(need, size, Reranker.Stage.FULL);
  }

  /** Experts for a need, ordered by one stage of the pipeline (admin diagnostics) or all of it. */
  public MatchResult expertsForNeed(TechNeed need, int size, Reranker.Stage stage) {
    var q =
        query(
            need.matchText(),
            need.embedding,
            need.nsfcCodes,
            need.cluster == null ? List.of() : List.of(need.cluster),
            need.regionPreference.name(),
            false);
    return rankExperts(q, size, stage);
  }

  public MatchResult needsForExpert(Expert expert, int size) {
    var q =
        query(
            expert.matchText(),
            expert.embedding,
            expert.disciplines,
            expert.clusters,
            Reranker.PER_CANDIDATE,
            false);
    return rankNeeds(q, size, expert);
  }

  public MatchResult searchExperts(String text, int size) {
    return searchExperts(text, size, Reranker.Stage.FULL);
  }

  public MatchResult searchExperts(String text, int size, Reranker.Stage stage) {
    return rankExperts(query(text, null, List.of(), List.of(), "ANY", true), size, stage);
  }

  public MatchResult searchNeeds(String text, int size) {
    return rankNeeds(query(text, null, List.of(), List.of(), "ANY", true), size, null);
  }

  static MatchQuery query(
      String text,
      float[] stored,
      List<String> disciplines,
      List<String> clusters,
      String region,
      boolean freeText) {
    // Filler words (企业, 系统, 包括, 采用 …) say nothing about the topic: they are not searched for.
    var terms = new ArrayList<>(new LinkedHashSet<>(Segmenter.shared().tokens(text)));
    terms.removeIf(Fillers.shared()::contains);
    List<String> limited = terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
    // Free text is embedded by Retrieval, overlapped with the keyword search.
    float[] vector =
        stored != null ? stored : freeText ? null : Embedder.shared().embedDocument(text);
    return new MatchQuery(
        text,
        List.copyOf(limited),
        Synonyms.shared().expand(limited),
        vector,
        List.copyOf(disciplines),
        List.copyOf(clusters),
        region);
  }

  private MatchResult rankExperts(MatchQuery q, int size, Reranker.Stage stage) {
    var rankings = retrieval.retrieve(DocKind.EXPERT, q);
    var ids = union(rankings);
    if (ids.isEmpty()) {
      return new MatchResult(List.of(), rankings.degraded());
    }
    Map<UUID, Candidate> candidates = new HashMap<>();
    List<Expert> experts =
        QuarkusTransaction.requiringNew().call(() -> Expert.<Expert>list("id in ?1", ids));
    var history = retrieval.expertHistory(new HashSet<>(ids));
    for (Expert e : experts) {
      int remaining = e.capacity - history.active().getOrDefault(e.id, 0);
      candidates.put(
          e.id,
          new Candidate(
              e.id,
              e.name + (e.title == null ? "" : "（" + e.title + "）"),
              e.matchText(),
              e.disciplines,
              e.clusters,
              e.inHuaian,
              e.inJiangsu,
              remaining,
              history.outcome().get(e.id),
              e.embedding));
    }
    var items =
        new Reranker(config.weights())
            .rank(
                q, rankings.bm25(), rankings.knn(), rankings.bm25Scores(), candidates, size, stage);
    return new MatchResult(items, rankings.degraded());
  }

  private MatchResult rankNeeds(MatchQuery q, int size, Expert forExpert) {
    var rankings = retrieval.retrieve(DocKind.NEED, q);
    var ids = union(rankings);
    if (ids.isEmpty()) {
      return new MatchResult(List.of(), rankings.degraded());
    }
    List<TechNeed> needs =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    TechNeed.<TechNeed>list("id in ?1 and status = ?2", ids, TechNeed.Status.OPEN));
    var history =
        retrieval.enterpriseHistory(
            new HashSet<>(needs.stream().map(n -> n.enterpriseId).toList()));
    Map<UUID, Candidate> candidates = new HashMap<>();
    for (TechNeed n : needs) {
      // Seen from the expert, locality is the need's preference applied to this expert.
      candidates.put(
          n.id,
          new Candidate(
              n.id,
              n.title,
              n.matchText(),
              n.nsfcCodes,
              n.cluster == null ? List.of() : List.of(n.cluster),
              forExpert != null && localFor(n, forExpert),
              forExpert != null && forExpert.inJiangsu,
              null,
              history.outcome().get(n.enterpriseId),
              n.embedding));
    }
    var items =
        new Reranker(config.weights())
            .rank(
                q,
                rankings.bm25(),
                rankings.knn(),
                rankings.bm25Scores(),
                candidates,
                size,
                Reranker.Stage.FULL);
    return new MatchResult(items, rankings.degraded());
  }

  private static boolean localFor(TechNeed n, Expert e) {
    return switch (n.regionPreference) {
      case HUAIAN -> e.inHuaian;
      case JIANGSU -> e.inJiangsu;
      case ANY -> false;
    };
  }

  private static List<UUID> union(Retrieval.Rankings r) {
    var ids = new LinkedHashSet<UUID>(r.bm25());
    ids.addAll(r.knn());
    return List.copyOf(ids);
  }
}
