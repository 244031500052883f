package cn.gov.huaian.zjtx.matchmaking.ranking;

import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.SearchConfig;
import cn.gov.huaian.zjtx.matchmaking.search.SearchIndex;
import cn.gov.huaian.zjtx.matchmaking.search.SearchUnavailable;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Candidate retrieval: BM25 and kNN from Elasticsearch, or, when it is down, a PostgreSQL path
 * (discipline, cluster or term overlap; ordered by matched terms and by cosine to stored vectors).
 */
@ApplicationScoped
public class Retrieval {
  private static final int DEGRADED_LIMIT = 400;
  private static final Logger LOG = Logger.getLogger(Retrieval.class);
  private static final long FALLBACK_WARNING_INTERVAL_NANOS = 60_000_000_000L;
  private final AtomicLong lastFallbackWarning =
      new AtomicLong(System.nanoTime() - FALLBACK_WARNING_INTERVAL_NANOS - 1);
  private static final java.util.concurrent.ExecutorService VIRTUAL =
      java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
  private final SearchIndex index;
  private final SearchConfig config;
  private final RankingConfig ranking;
  private final AgroalDataSource db;

  public Retrieval(
      SearchIndex index, SearchConfig config, RankingConfig ranking, AgroalDataSource db) {
    this.index = index;
    this.config = config;
    this.ranking = ranking;
    this.db = db;
  }

  /**
   * The two rankings to fuse, the keyword side's scores of every candidate of either ranking (BM25,
   * or matched terms when degraded; absent: no term matched), whether they came from the fallback,
   * and the query's vector (the stored one, or the free text's embedding).
   */
  public record Rankings(
      List<UUID> bm25,
      List<UUID> knn,
      Map<UUID, Double> bm25Scores,
      boolean degraded,
      float[] queryVector) {}

  /**
   * Both rankings. A query without a stored vector (free text) is embedded while the BM25 search
   * already runs, so the embedding's latency overlaps the keyword search's.
   */
  public Rankings retrieve(DocKind kind, MatchQuery q) {
    return retrieve(kind, q, config.candidates());
  }

  /**
   * Both rankings, {@code depth} candidates from each (deeper than the configured candidates for
   * later pages of a ranking).
   */
  public Rankings retrieve(DocKind kind, MatchQuery q, int depth) {
    return retrieve(kind, q, depth, ids -> null).rankings();
  }

  /** The rankings, and what was read of their candidates while the rankings were completed. */
  public record Retrieved<T>(Rankings rankings, T candidates) {}

  /**
   * Both rankings, and {@code read} applied to the ids of either, on the calling thread once both
   * searches have answered.
   */
  public <T> Retrieved<T> retrieve(
      DocKind kind, MatchQuery q, int depth, Function<List<UUID>, T> read) {
    var synonymsOnly = new HashSet<>(q.synonyms());
    q.terms().forEach(synonymsOnly::remove);
    boolean openOnly = kind == DocKind.NEED;
    var bm25 =
        CompletableFuture.supplyAsync(
            () -> index.bm25(kind, q.terms(), synonymsOnly, q.text(), openOnly, depth), VIRTUAL);
    float[] vector = q.vector() != null ? q.vector() : Embedder.shared().embedQuery(q.text());
    try {
      // What the vector side found gets its real BM25 score too (as a keyword hit gets its real
      // cosine), so a document's score never depends on how deep the keyword list went: scored in
      // the kNN request itself, while the keyword search runs beside it.
      List<SearchIndex.VectorHit> vectorHits =
          ranking.exactLexical()
              ? index.knnWithLexical(
                  kind, vector, depth, q.terms(), synonymsOnly, q.text(), openOnly)
              : index.knn(kind, vector, depth).stream()
                  .map(h -> new SearchIndex.VectorHit(h.id(), null))
                  .toList();
      List<UUID> knn = vectorHits.stream().map(SearchIndex.VectorHit::id).toList();
      List<SearchIndex.Scored> keyword = bm25.join();
      var scores = new HashMap<UUID, Double>();
      keyword.forEach(k -> scores.putIfAbsent(k.id(), k.score()));
      vectorHits.stream()
          .filter(h -> h.lexical() != null)
          .forEach(h -> scores.putIfAbsent(h.id(), h.lexical()));
      List<UUID> lexical = keyword.stream().map(SearchIndex.Scored::id).toList();
      T candidates = read.apply(union(lexical, knn));
      return new Retrieved<>(new Rankings(lexical, knn, scores, false, vector), candidates);
    } catch (SearchUnavailable | CompletionException e) {
      bm25.cancel(true);
      if (e instanceof CompletionException c && !(c.getCause() instanceof SearchUnavailable)) {
        throw c;
      }
      warnFallback(e);
      Rankings fallback = degraded(kind, q, vector);
      return new Retrieved<>(fallback, read.apply(union(fallback.bm25(), fallback.knn())));
    }
  }

  /**
   * Says why the fallback was taken, at most once a minute: an outage and a query Elasticsearch
   * refuses both end here, and the second would otherwise show only as worse rankings.
   */
  private void warnFallback(RuntimeException e) {
    long now = System.nanoTime();
    long last = lastFallbackWarning.get();
    if (now - last > FALLBACK_WARNING_INTERVAL_NANOS
        && lastFallbackWarning.compareAndSet(last, now)) {
      Throwable cause = e instanceof CompletionException ? e.getCause() : e;
      LOG.warnf(
          "检索服务不可用，改用数据库降级检索（一分钟内不再重复提示）：%s", cause.getCause() != null ? cause.getCause() : cause);
    }
  }

  private static List<UUID> union(List<UUID> a, List<UUID> b) {
    var ids = new LinkedHashSet<UUID>(a);
    ids.addAll(b);
    return List.copyOf(ids);
  }

  Rankings degraded(DocKind kind, MatchQuery q, float[] queryVector) {
    List<String> terms =
        q.synonyms().stream().filter(t -> t.codePointCount(0, t.length()) >= 2).limit(40).toList();
    String sql =
        kind == DocKind.EXPERT
            ? "select id, lower(coalesce(research_directions, '') || ' ' || achievements::text), array_send(embedding) from expert"
                + " where disciplines && ?1 or clusters && ?2 or lower(research_directions) like any (?3) limit "
                + DEGRADED_LIMIT
            : "select id, lower(title || ' ' || public_summary || ' ' || coalesce(description, '')), array_send(embedding) from tech_need"
                + " where status = 'OPEN' and (nsfc_codes && ?1 or cluster = any (?2)"
                + " or lower(title || ' ' || public_summary || ' ' || coalesce(description, '')) like any (?3)) limit "
                + DEGRADED_LIMIT;
    record Row(UUID id, int matched, double cosine) {}
    var rows = new ArrayList<Row>();
    try (var c = db.getConnection();
        var ps = c.prepareStatement(sql.replace("?1", "?").replace("?2", "?").replace("?3", "?"))) {
      ps.setArray(1, c.createArrayOf("text", q.disciplines().toArray()));
      ps.setArray(2, c.createArrayOf("text", q.clusters().toArray()));
      ps.setArray(
          3,
          c.createArrayOf(
              "text",
              terms.stream().map(t -> "%" + t.replace("%", "").replace("_", "") + "%").toArray()));
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          String text = rs.getString(2).toLowerCase(Locale.ROOT);
          int matched = (int) terms.stream().filter(text::contains).count();
          double cosine = cosine(queryVector, rs.getBytes(3));
          rows.add(new Row((UUID) rs.getObject(1), matched, cosine));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("降级检索失败", e);
    }
    List<UUID> lexical =
        rows.stream()
            .filter(r -> r.matched() > 0)
            .sorted(Comparator.comparingInt(Row::matched).reversed())
            .map(Row::id)
            .toList();
    List<UUID> byVector =
        rows.stream()
            .sorted(Comparator.comparingDouble(Row::cosine).reversed())
            .map(Row::id)
            .toList();
    var scores = new HashMap<UUID, Double>();
    rows.stream()
        .filter(r -> r.matched() > 0)
        .forEach(r -> scores.put(r.id(), (double) r.matched()));
    return new Rankings(lexical, byVector, scores, true, queryVector);
  }

  private static double cosine(float[] q, byte[] stored) throws SQLException {
    float[] v = CandidateRows.vector(stored);
    return v != null && v.length == q.length ? Embedder.cosine(q, v) : 0;
  }

  /** Active cooperation counts and mean past outcome (rating 1–5 mapped to [0, 1]) per expert. */
  public record History(Map<UUID, Integer> active, Map<UUID, Double> outcome) {}

  public History expertHistory(Set<UUID> experts) {
    return history("expert_id", experts);
  }

  public History enterpriseHistory(Set<UUID> enterprises) {
    return history("enterprise_id", enterprises);
  }

  private History history(String column, Set<UUID> ids) {
    var active = new HashMap<UUID, Integer>();
    var outcome = new HashMap<UUID, Double>();
    if (ids.isEmpty()) {
      return new History(active, outcome);
    }
    String sql =
        "select "
            + column
            + ", count(*) filter (where status = 'ACTIVE'),"
            + " avg(rating) filter (where status = 'COMPLETED' and rating is not null)"
            + " from cooperation_record where "
            + column
            + " = any (?) group by "
            + column;
    try (var c = db.getConnection();
        var ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          UUID id = (UUID) rs.getObject(1);
          active.put(id, rs.getInt(2));
          double avg = rs.getDouble(3);
          if (!rs.wasNull()) {
            outcome.put(id, (avg - 1) / 4.0);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("读取合作记录失败", e);
    }
    return new History(active, outcome);
  }
}
