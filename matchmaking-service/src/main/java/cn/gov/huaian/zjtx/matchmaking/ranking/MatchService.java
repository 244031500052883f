package cn.gov.huaian.zjtx.matchmaking.ranking;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.needs.RegionPreference;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.SearchConfig;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.Fillers;
import cn.gov.huaian.zjtx.matchmaking.text.Segmenter;
import cn.gov.huaian.zjtx.matchmaking.text.SelfDescription;
import cn.gov.huaian.zjtx.matchmaking.text.Synonyms;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Two-sided matching: experts for a need, needs for an expert, and free-text search of either.
 * Stored vectors are reused; only free text is embedded at request time (and cached).
 */
@ApplicationScoped
public class MatchService {
  private static final int MAX_TERMS = 64;
  private final Retrieval retrieval;
  private final RankingConfig config;
  private final SearchConfig search;
  private final ActiveWeights weights;
  private final CandidateRows rows;

  public MatchService(
      Retrieval retrieval,
      RankingConfig config,
      SearchConfig search,
      ActiveWeights weights,
      CandidateRows rows) {
    this.retrieval = retrieval;
    this.config = config;
    this.search = search;
    this.weights = weights;
    this.rows = rows;
  }

  public MatchResult expertsForNeed(TechNeed need, int size) {
    return expertsForNeed(need, size, null, Reranker.Stage.FULL);
  }

  /** Experts for a need, ordered by one stage of the pipeline (admin diagnostics) or all of it. */
  public MatchResult expertsForNeed(TechNeed need, int size, Reranker.Stage stage) {
    return expertsForNeed(need, size, null, stage);
  }

  /** One page of the experts for a need: the first, or the one after {@code cursor}. */
  public MatchResult expertsForNeed(TechNeed need, int size, String cursor, Reranker.Stage stage) {
    Window w = window(cursor, size, "need-experts", need.id.toString(), stage.name());
    if (w.empty()) {
      return new MatchResult(List.of(), false);
    }
    var q =
        query(
            need.matchText(),
            need.embedding,
            need.nsfcCodes,
            need.cluster == null ? List.of() : List.of(need.cluster),
            need.regionPreference.name(),
            false);
    return rankExperts(q, w, stage);
  }

  public MatchResult needsForExpert(Expert expert, int size) {
    return needsForExpert(expert, size, null);
  }

  /** One page of the open needs for an expert: the first, or the one after {@code cursor}. */
  public MatchResult needsForExpert(Expert expert, int size, String cursor) {
    Window w = window(cursor, size, "expert-needs", expert.id.toString());
    if (w.empty()) {
      return new MatchResult(List.of(), false);
    }
    var q =
        query(
            expert.matchText(),
            expert.embedding,
            expert.disciplines,
            expert.clusters,
            Reranker.PER_CANDIDATE,
            false);
    return rankNeeds(q, w, expert);
  }

  public MatchResult searchExperts(String text, int size) {
    return searchExperts(text, size, null, Reranker.Stage.FULL);
  }

  public MatchResult searchExperts(String text, int size, Reranker.Stage stage) {
    return searchExperts(text, size, null, stage);
  }

  /** One page of a free-text expert search: the first, or the one after {@code cursor}. */
  public MatchResult searchExperts(String text, int size, String cursor, Reranker.Stage stage) {
    Window w = window(cursor, size, "search-experts", stage.name(), text);
    if (w.empty()) {
      return new MatchResult(List.of(), false);
    }
    return rankExperts(query(text, null, List.of(), List.of(), "ANY", true), w, stage);
  }

  public MatchResult searchNeeds(String text, int size) {
    return searchNeeds(text, size, null);
  }

  /** One page of a free-text search of open needs: the first, or the one after {@code cursor}. */
  public MatchResult searchNeeds(String text, int size, String cursor) {
    Window w = window(cursor, size, "search-needs", text);
    if (w.empty()) {
      return new MatchResult(List.of(), false);
    }
    return rankNeeds(query(text, null, List.of(), List.of(), "ANY", true), w, null);
  }

  /**
   * What a page asks of the retrievals: where it starts ({@code after}, null for the first page),
   * how many results it takes (at most the room left under the results limit) and how deep each
   * retrieval must go to reach them (never less than a first page's depth, so a first page is
   * ranked exactly as before paging existed).
   */
  record Window(String scope, Cursor after, int take, int depth) {
    boolean empty() {
      return take <= 0;
    }

    int served() {
      return after == null ? 0 : after.offset();
    }
  }

  Window window(String cursor, int size, String... question) {
    String scope = Cursor.scope(question);
    Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, scope);
    int served = after == null ? 0 : after.offset();
    int max = maxResults();
    int take = Math.max(0, Math.min(size, max - served));
    int depth = Math.min(max, Math.max(search.candidates(), served + take));
    return new Window(scope, after, take, depth);
  }

  /** The cursor of the page after this one, or null when this one was the last. */
  private String next(Window w, Paging.Attempt<Retrieval.Rankings> a) {
    if (!Paging.hasNext(a, w.served(), w.take(), maxResults())) {
      return null;
    }
    Match last = a.page().items().getLast();
    return new Cursor(w.scope(), last.rank(), last.score(), last.id()).encode();
  }

  private int maxResults() {
    return Math.max(search.candidates(), config.maxResults());
  }

  /** Did a retrieval return all it was asked for (so a deeper one could find more)? */
  private static boolean saturated(Retrieval.Rankings r, int depth) {
    return !r.degraded() && (r.bm25().size() >= depth || r.knn().size() >= depth);
  }

  /**
   * How many ids of each retrieval the scores are normalised over: a first page's depth, so every
   * page scores alike; the degraded path's candidates do not depend on the depth, all of them.
   */
  private int anchor(Retrieval.Rankings rankings) {
    return rankings.degraded() ? Integer.MAX_VALUE : search.candidates();
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
    // Words only the poster's self-introduction uses (its trade, not its problem) are searched with
    // a synonym's weight: an expert who shares only them is a homonym of the problem.
    var introduction = SelfDescription.onlyIntroducing(text, terms);
    terms.removeAll(introduction);
    List<String> limited = terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
    var synonyms = new LinkedHashSet<>(Synonyms.shared().expand(limited));
    synonyms.addAll(introduction);
    // Free text is embedded by Retrieval, overlapped with the keyword search.
    float[] vector =
        stored != null ? stored : freeText ? null : Embedder.shared().embedDocument(text);
    return new MatchQuery(
        text,
        List.copyOf(limited),
        synonyms,
        vector,
        List.copyOf(disciplines),
        List.copyOf(clusters),
        region);
  }

  private MatchResult rankExperts(MatchQuery q, Window w, Reranker.Stage stage) {
    return rank(DocKind.EXPERT, q, w, stage, this::expertCandidates);
  }

  private MatchResult rankNeeds(MatchQuery q, Window w, Expert forExpert) {
    return rank(DocKind.NEED, q, w, Reranker.Stage.FULL, r -> needCandidates(r, forExpert));
  }

  /**
   * One page of one kind of document: retrieve to a depth, read the candidates retrieved, rerank;
   * deeper while the page cannot be filled and the retrieval was cut off.
   */
  private MatchResult rank(
      DocKind kind,
      MatchQuery q,
      Window w,
      Reranker.Stage stage,
      Function<List<UUID>, Map<UUID, Candidate>> candidatesOf) {
    var attempt =
        Paging.fetch(
            w.depth(),
            maxResults(),
            w.take(),
            w.after() != null,
            depth -> {
              var retrieved = retrieval.retrieve(kind, q, depth, candidatesOf);
              var rankings = retrieved.rankings();
              var page =
                  new Reranker(weights.current())
                      .page(
                          // A free text's vector is known once retrieved: every candidate gets
                          // its real cosine, as for a stored need.
                          q.withVector(rankings.queryVector()),
                          rankings.bm25(),
                          rankings.knn(),
                          rankings.bm25Scores(),
                          retrieved.candidates(),
                          stage,
                          anchor(rankings),
                          w.after(),
                          w.take());
              return new Paging.Attempt<>(rankings, page, saturated(rankings, depth));
            });
    return new MatchResult(attempt.page().items(), attempt.rankings().degraded(), next(w, attempt));
  }

  private Map<UUID, Candidate> expertCandidates(List<UUID> ids) {
    Map<UUID, Candidate> candidates = new HashMap<>();
    var history = retrieval.expertHistory(new HashSet<>(ids));
    for (CandidateRows.ExpertRow e : rows.experts(ids)) {
      int remaining = e.capacity() - history.active().getOrDefault(e.id(), 0);
      candidates.put(
          e.id(),
          new Candidate(
              e.id(),
              e.label(),
              e.text(),
              e.disciplines(),
              e.clusters(),
              e.inHuaian(),
              e.inJiangsu(),
              remaining,
              history.outcome().get(e.id()),
              e.vector()));
    }
    return candidates;
  }

  private Map<UUID, Candidate> needCandidates(List<UUID> ids, Expert forExpert) {
    List<CandidateRows.NeedRow> needs = rows.openNeeds(ids);
    var history =
        retrieval.enterpriseHistory(
            new HashSet<>(needs.stream().map(CandidateRows.NeedRow::enterpriseId).toList()));
    Map<UUID, Candidate> candidates = new HashMap<>();
    for (CandidateRows.NeedRow n : needs) {
      // Seen from the expert, locality is the need's preference applied to this expert.
      candidates.put(
          n.id(),
          new Candidate(
              n.id(),
              n.title(),
              n.text(),
              n.nsfcCodes(),
              n.cluster() == null ? List.of() : List.of(n.cluster()),
              forExpert != null && localFor(n.regionPreference(), forExpert),
              forExpert != null && forExpert.inJiangsu,
              null,
              history.outcome().get(n.enterpriseId()),
              n.vector()));
    }
    return candidates;
  }

  private static boolean localFor(RegionPreference preference, Expert e) {
    return switch (preference) {
      case HUAIAN -> e.inHuaian;
      case JIANGSU -> e.inJiangsu;
      case ANY -> false;
    };
  }
}
