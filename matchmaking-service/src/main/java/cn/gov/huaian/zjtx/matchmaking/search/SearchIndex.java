package cn.gov.huaian.zjtx.matchmaking.search;

import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.KnnQuery;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.DenseVectorIndexOptionsType;
import co.elastic.clients.elasticsearch._types.mapping.DenseVectorSimilarity;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The Elasticsearch side: versioned indices behind one alias per kind, bulk writes, and the two
 * retrievals (BM25 over segmented text, kNN over stored vectors) whose results are fused in Java.
 * Every method throws {@link SearchUnavailable} when the cluster cannot answer.
 */
@ApplicationScoped
public class SearchIndex {
  static final int PER_CHARACTER_BELOW_TERMS = 4;
  private static final long MERGE_POLL_MILLIS = 250;
  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
  private final ElasticsearchClient es;
  private final SearchConfig config;

  public SearchIndex(ElasticsearchClient es, SearchConfig config) {
    this.es = es;
    this.config = config;
  }

  /** One retrieved id with its score in that retrieval. */
  public record Scored(UUID id, double score) {}

  public String alias(DocKind kind) {
    return config.alias(kind);
  }

  /** Creates a first versioned index behind the alias when there is none. */
  public void ensure(DocKind kind) {
    call(
        () -> {
          String alias = alias(kind);
          if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
            String index = createVersioned(kind);
            es.indices()
                .updateAliases(
                    u ->
                        u.actions(a -> a.add(x -> x.index(index).alias(alias).isWriteIndex(true))));
          }
          return null;
        });
  }

  /** A new empty index for the kind, named alias-timestamp; the caller points the alias at it. */
  public String createVersioned(DocKind kind) {
    String name = alias(kind) + "-" + LocalDateTime.now(ZoneOffset.UTC).format(VERSION);
    return call(
        () -> {
          es.indices()
              .create(
                  c ->
                      c.index(name)
                          .settings(
                              s ->
                                  s.numberOfShards("1")
                                      .numberOfReplicas("0")
                                      .refreshInterval(t -> t.time("1s")))
                          .mappings(mapping()));
          return name;
        });
  }

  static TypeMapping mapping() {
    return TypeMapping.of(
        m ->
            m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.Strict)
                .properties("id", p -> p.keyword(k -> k))
                .properties("owner", p -> p.keyword(k -> k))
                .properties("text_ws", p -> p.text(t -> t.analyzer("whitespace")))
                .properties("text_std", p -> p.text(t -> t.analyzer("standard")))
                .properties("disciplines", p -> p.keyword(k -> k))
                .properties("clusters", p -> p.keyword(k -> k))
                .properties("status", p -> p.keyword(k -> k))
                .properties("in_huaian", p -> p.boolean_(b -> b))
                .properties("in_jiangsu", p -> p.boolean_(b -> b))
                .properties(
                    "vector",
                    p ->
                        p.denseVector(
                            d ->
                                d.dims(Embedder.DIMENSIONS)
                                    .index(true)
                                    .similarity(DenseVectorSimilarity.Cosine)
                                    .indexOptions(
                                        o ->
                                            o.type(DenseVectorIndexOptionsType.Int8Hnsw)
                                                .m(16)
                                                .efConstruction(100)))));
  }

  /** Indexes (or replaces) documents and deletes ids that no longer exist, in one bulk request. */
  public void write(
      String target, Collection<SearchDoc> docs, Collection<UUID> deletions, boolean refresh) {
    if (docs.isEmpty() && deletions.isEmpty()) {
      return;
    }
    call(
        () -> {
          var bulk = new BulkRequest.Builder();
          for (SearchDoc d : docs) {
            bulk.operations(
                op -> op.index(i -> i.index(target).id(d.id().toString()).document(d.source())));
          }
          for (UUID id : deletions) {
            bulk.operations(op -> op.delete(x -> x.index(target).id(id.toString())));
          }
          if (refresh) {
            bulk.refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
          }
          var response = es.bulk(bulk.build());
          if (response.errors()) {
            var failed =
                response.items().stream()
                    .filter(i -> i.error() != null && !(i.status() == 404))
                    .toList();
            if (!failed.isEmpty()) {
              throw new SearchUnavailable("批量写入索引失败：" + failed.getFirst().error().reason(), null);
            }
          }
          return null;
        });
  }

  /**
   * BM25 over the segmented field (query terms plus their synonyms, synonyms weighted lower) and
   * the per-character standard field for recall, optionally restricted to open documents.
   */
  public List<Scored> bm25(
      DocKind kind,
      Collection<String> terms,
      Collection<String> synonyms,
      String rawText,
      boolean openOnly,
      int size) {
    if (terms.isEmpty() && synonyms.isEmpty()) {
      return List.of();
    }
    Query keyword = keywordQuery(lexical(terms, synonyms, rawText), openOnly, null);
    return hits(
        kind,
        size,
        s ->
            s
                // Equal scores in id order: the top n is then a prefix of the top n + m, so
                // deeper pages of a ranking agree with the first (the ranking orders equal scores
                // by id too). Lucene's own tie order would let it prune (2 instead of 6 ms at
                // 100,000 documents), but at a depth of 100 equal scores nearly always straddle the
                // cut, so asking again in id order only then cost more than it saved.
                .sort(o -> o.score(c -> c.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                .trackScores(true)
                .query(keyword));
  }

  /**
   * The keyword clauses as one query (at least one must match, open documents only if asked), named
   * when each hit should report its score in it beside another query's.
   */
  private static Query keywordQuery(List<Query> clauses, boolean openOnly, String name) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  b.should(clauses).minimumShouldMatch("1").queryName(name);
                  if (openOnly) {
                    b.filter(f -> f.term(t -> t.field("status").value("OPEN")));
                  }
                  return b;
                }));
  }

  /**
   * The keyword query's clauses: the segmented field (query terms, then their synonyms weighted
   * lower) and, for short queries, the per-character field.
   */
  private static List<Query> lexical(
      Collection<String> terms, Collection<String> synonyms, String rawText) {
    var should = new ArrayList<Query>();
    if (!terms.isEmpty()) {
      should.add(Query.of(q -> q.match(m -> m.field("text_ws").query(String.join(" ", terms)))));
    }
    if (!synonyms.isEmpty()) {
      should.add(
          Query.of(
              q -> q.match(m -> m.field("text_ws").query(String.join(" ", synonyms)).boost(0.6f))));
    }
    // The per-character field is for recall on short queries that segmentation may miss; on long
    // ones it adds little and costs most of the query time (every 汉字 is a term: ~20 ms at 100k
    // docs).
    if (rawText != null && !rawText.isBlank() && terms.size() < PER_CHARACTER_BELOW_TERMS) {
      String clipped = rawText.length() > 300 ? rawText.substring(0, 300) : rawText;
      should.add(Query.of(q -> q.match(m -> m.field("text_std").query(clipped).boost(0.3f))));
    }
    return should;
  }

  /** The ids and scores of a search of one kind's index: no sources, no total count. */
  private List<Scored> hits(DocKind kind, int size, UnaryOperator<SearchRequest.Builder> request) {
    return call(
        () ->
            es
                .search(
                    s ->
                        request.apply(
                            idsOnly(s.index(alias(kind)))
                                .size(size)
                                .trackTotalHits(t -> t.enabled(false))),
                    Void.class)
                .hits()
                .hits()
                .stream()
                .map(SearchIndex::scored)
                .toList());
  }

  /**
   * Approximate kNN over stored vectors; filters are applied afterwards by the caller. The
   * top-level kNN section (the client's {@code KnnSearch}), used only with {@code
   * exact-lexical=false}; {@link #knnClause} sets the same parameters on the query form, whose
   * builder is another type.
   */
  public List<Scored> knn(DocKind kind, float[] vector, int k) {
    List<Float> query = boxed(vector);
    return hits(
        kind,
        k,
        s ->
            s.knn(
                n ->
                    n.field("vector")
                        .queryVector(query)
                        .k(k)
                        .numCandidates(Math.max(k, config.numCandidates()))));
  }

  /** A vector hit and its score in the keyword query (null: it matches no term). */
  public record VectorHit(UUID id, Double lexical) {}

  private static final String VECTOR_QUERY = "vector";
  private static final String LEXICAL_QUERY = "lexical";

  /**
   * The kNN hits in the order of their similarity, each with its score in the keyword query ({@link
   * #bm25}'s, same clauses) computed in the same request: the vector side's candidates get their
   * exact BM25 score without a second round trip after the kNN search (issue 13's latency). A score
   * does not depend on the other clauses of a query, so it equals the one the keyword ranking
   * gives.
   */
  public List<VectorHit> knnWithLexical(
      DocKind kind,
      float[] vector,
      int k,
      Collection<String> terms,
      Collection<String> synonyms,
      String rawText,
      boolean openOnly) {
    Query knn = Query.of(q -> q.knn(n -> knnClause(n, vector, k).queryName(VECTOR_QUERY)));
    List<Query> must = List.of(knn);
    List<Query> should =
        terms.isEmpty() && synonyms.isEmpty()
            ? List.of()
            : List.of(keywordQuery(lexical(terms, synonyms, rawText), openOnly, LEXICAL_QUERY));
    List<Hit<Void>> hits =
        call(
            () ->
                es.search(
                        s ->
                            idsOnly(s.index(alias(kind)))
                                .size(k)
                                .trackTotalHits(t -> t.enabled(false))
                                .includeNamedQueriesScore(true)
                                .query(q -> q.bool(b -> b.must(must).should(should))),
                        Void.class)
                    .hits()
                    .hits());
    // The order of the similarity alone (the hits come ordered by similarity + keyword score);
    // equal similarities in id order, as the keyword ranking breaks its ties.
    record Read(VectorHit hit, double similarity) {}
    return hits.stream()
        .map(h -> new Read(new VectorHit(idOf(h), named(h, LEXICAL_QUERY)), similarity(h)))
        .sorted(
            Comparator.comparingDouble(Read::similarity)
                .reversed()
                .thenComparing(r -> r.hit().id().toString()))
        .map(Read::hit)
        .toList();
  }

  private KnnQuery.Builder knnClause(KnnQuery.Builder n, float[] vector, int k) {
    return n.field("vector")
        .queryVector(boxed(vector))
        .k(k)
        .numCandidates(Math.max(k, config.numCandidates()));
  }

  private static List<Float> boxed(float[] vector) {
    List<Float> out = new ArrayList<>(vector.length);
    for (float f : vector) {
      out.add(f);
    }
    return out;
  }

  private static double similarity(Hit<Void> h) {
    Double named = named(h, VECTOR_QUERY);
    return named != null ? named : h.score() == null ? 0 : h.score();
  }

  /** A named query's score for this hit; null when the hit does not match it. */
  private static Double named(Hit<Void> h, String query) {
    return h.matchedQueries() == null ? null : h.matchedQueries().get(query);
  }

  /** Points the alias at {@code index} alone, atomically, and deletes the indices it left. */
  public void swapAlias(DocKind kind, String index) {
    call(
        () -> {
          String alias = alias(kind);
          Set<String> old =
              es.indices().existsAlias(a -> a.name(alias)).value()
                  ? es.indices().getAlias(a -> a.name(alias)).aliases().keySet()
                  : Set.of();
          es.indices()
              .updateAliases(
                  u -> {
                    for (String o : old) {
                      u.actions(a -> a.remove(r -> r.index(o).alias(alias)));
                    }
                    return u.actions(
                        a -> a.add(x -> x.index(index).alias(alias).isWriteIndex(true)));
                  });
          for (String o : old) {
            if (!o.equals(index)) {
              es.indices().delete(d -> d.index(o));
            }
          }
          return null;
        });
  }

  /** Indices behind the alias and their document counts. */
  public Map<String, Long> status(DocKind kind) {
    return call(
        () -> {
          String alias = alias(kind);
          if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
            return Map.of();
          }
          var result = new java.util.TreeMap<String, Long>();
          for (String index : es.indices().getAlias(a -> a.name(alias)).aliases().keySet()) {
            result.put(index, es.count(c -> c.index(index)).count());
          }
          return result;
        });
  }

  /** Deletes every index with this service's prefix (tests and benchmarks only). */
  public void dropAll() {
    call(
        () -> {
          var indices =
              es.indices().get(g -> g.index(config.indexPrefix() + "*")).indices().keySet();
          for (String index : indices) {
            es.indices().delete(d -> d.index(index));
          }
          return null;
        });
  }

  /** Deletes one index, ignoring failures (cleanup after an aborted rebuild). */
  public void dropQuietly(String index) {
    try {
      es.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    } catch (IOException | RuntimeException e) {
      // the cluster is down; the orphan index holds no alias and is dropped by the next cleanup
    }
  }

  /** Makes everything written to the index searchable now (before an alias points at it). */
  public void refreshIndex(String name) {
    call(() -> es.indices().refresh(r -> r.index(name)));
  }

  /**
   * Merges a freshly built index into one segment before it is searched: a kNN search walks one
   * HNSW graph per segment and a keyword search looks its terms up per segment, so the 15 segments
   * a bulk load of 100,000 documents leaves cost a stored need's ranking about 7 ms (keyword search
   * 6 → 3 ms, kNN with the keyword clause 5 → 1 ms in Elasticsearch's own times). The merge runs in
   * Elasticsearch's background (9–15 s at 100,000 documents on two cores, longer than a request's
   * socket timeout); this waits for it at most {@code patience}, polling the segments. Returns
   * whether the index is down to one segment. Documents indexed later form small segments that
   * Elasticsearch merges as usual.
   */
  public boolean mergeToOneSegment(String name, Duration patience) {
    call(
        () ->
            es.indices()
                .forcemerge(f -> f.index(name).maxNumSegments(1L).waitForCompletion(false)));
    return awaitOneSegment(name, System.nanoTime() + patience.toNanos());
  }

  private boolean awaitOneSegment(String name, long deadlineNanos) {
    while (segments(name) > 1) {
      if (System.nanoTime() > deadlineNanos) {
        return false;
      }
      try {
        Thread.sleep(MERGE_POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /** How many segments the index's shards hold now. */
  public int segments(String name) {
    return call(
        () ->
            es.indices().segments(s -> s.index(name)).indices().get(name).shards().values().stream()
                .flatMap(List::stream)
                .mapToInt(copy -> copy.segments().size())
                .sum());
  }

  public void refresh(DocKind kind) {
    call(() -> es.indices().refresh(r -> r.index(alias(kind))));
  }

  private static Scored scored(Hit<Void> h) {
    return new Scored(idOf(h), h.score() == null ? 0 : h.score());
  }

  /**
   * A hit's id, read from the {@code id} field's doc values: the searches ask for no stored field,
   * as loading {@code _id} from the stored fields of 100 hits took as long as the query itself (3–5
   * ms of the fetch phase at 100,000 documents).
   */
  private static UUID idOf(Hit<Void> h) {
    return UUID.fromString(h.fields().get("id").toJson().asJsonArray().getString(0));
  }

  /** What a retrieval asks of each hit: its id from doc values, nothing stored. */
  private static SearchRequest.Builder idsOnly(SearchRequest.Builder s) {
    return s.storedFields("_none_").docvalueFields(f -> f.field("id"));
  }

  @FunctionalInterface
  interface EsCall<T> {
    T run() throws IOException;
  }

  private static <T> T call(EsCall<T> c) {
    try {
      return c.run();
    } catch (SearchUnavailable e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new SearchUnavailable("检索服务暂不可用", e);
    }
  }
}
