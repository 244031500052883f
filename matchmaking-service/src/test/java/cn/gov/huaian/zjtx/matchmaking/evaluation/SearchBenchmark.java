package cn.gov.huaian.zjtx.matchmaking.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.demo.Dataset.EvalExpert;
import cn.gov.huaian.zjtx.matchmaking.demo.Dataset.EvalNeed;
import cn.gov.huaian.zjtx.matchmaking.demo.Generator;
import cn.gov.huaian.zjtx.matchmaking.ranking.Candidate;
import cn.gov.huaian.zjtx.matchmaking.ranking.MatchQuery;
import cn.gov.huaian.zjtx.matchmaking.ranking.Reranker;
import cn.gov.huaian.zjtx.matchmaking.ranking.Weights;
import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.SearchConfig;
import cn.gov.huaian.zjtx.matchmaking.search.SearchDoc;
import cn.gov.huaian.zjtx.matchmaking.search.SearchIndex;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.Segmenter;
import cn.gov.huaian.zjtx.matchmaking.text.Synonyms;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The search benchmark (not part of the normal test run): {@code ./mvnw -B -q test -pl
 * matchmaking-service -Dtest=SearchBenchmark -Dzjtx.bench=true [-Dzjtx.bench.docs=100000]}. Indexes
 * N experts and N needs into {@code bench-zjtx-mm-*}. A real sample is embedded (its throughput is
 * measured); the other documents reuse a sample vector of the same sub-topic with small noise,
 * since embedding 200,000 documents takes hours on two cores. Then it times hybrid queries that
 * include the query embedding (uncached, unique query texts), and BM25-only as the baseline, in the
 * same run.
 */
@QuarkusTest
@Tag("servers")
@EnabledIfSystemProperty(named = "zjtx.bench", matches = "true")
class SearchBenchmark {
  @Inject ElasticsearchClient es;
  @Inject io.agroal.api.AgroalDataSource db;
  @Inject cn.gov.huaian.zjtx.matchmaking.ranking.RankingConfig ranking;
  private cn.gov.huaian.zjtx.matchmaking.ranking.Retrieval retrieval;

  @Test
  void run() throws Exception {
    int docs = Integer.getInteger("zjtx.bench.docs", 100_000);
    int sample = Integer.getInteger("zjtx.bench.sample", 400);
    int queries = Integer.getInteger("zjtx.bench.queries", 300);
    var config =
        new SearchConfig() {
          @Override
          public String indexPrefix() {
            return "bench-zjtx-mm-";
          }

          @Override
          public boolean jobEnabled() {
            return false;
          }

          @Override
          public int batchSize() {
            return 100;
          }

          @Override
          public int candidates() {
            return 100;
          }

          @Override
          public int numCandidates() {
            return 200;
          }
        };
    var index = new SearchIndex(es, config);
    retrieval = new cn.gov.huaian.zjtx.matchmaking.ranking.Retrieval(index, config, ranking, db);
    var out = new StringBuilder();
    var vectors =
        new VectorCache(
            Path.of(
                System.getProperty(
                    "zjtx.bench.cache", "target/evaluation-cache/bge-small-zh.bin")));
    List<EvalExpert> experts = Generator.experts(docs, 11);
    List<EvalNeed> needs = Generator.needs(docs, 12);

    // 1. Embedding throughput on a real sample (texts not embedded before: sequential, like the
    // indexing job).
    Embedder.shared().embedDocument("预热");
    long t0 = System.nanoTime();
    int fresh = 0;
    for (int i = 0; i < Math.min(sample, docs); i++) {
      vectors.document(experts.get(i).text());
      vectors.document(needs.get(i).text());
      fresh += 2;
    }
    double embedSeconds = (System.nanoTime() - t0) / 1e9;
    int computed = vectors.computed();
    vectors.save();
    double embedRate = computed == 0 ? Double.NaN : computed / embedSeconds;
    out.append(String.format("嵌入样本：%d 篇（新算 %d 篇），%.1f 篇/秒%n", fresh, computed, embedRate));

    // 2. Indexing throughput: segmentation + bulk with vectors (sample vectors + noise beyond the
    // sample).
    var rnd = new Random(5);
    double indexRate = Double.NaN;
    boolean reuse =
        Boolean.getBoolean("zjtx.bench.reuse")
            && index.status(DocKind.EXPERT).containsValue((long) docs)
            && index.status(DocKind.NEED).containsValue((long) docs);
    if (reuse) {
      out.append("沿用上次建好的基准索引（-Dzjtx.bench.reuse=true），本次未测索引吞吐\n");
    } else {
      index.dropAll();
    }
    for (DocKind kind : reuse ? List.<DocKind>of() : List.of(DocKind.EXPERT, DocKind.NEED)) {
      String target = index.createVersioned(kind);
      long t1 = System.nanoTime();
      var batch = new ArrayList<SearchDoc>(1000);
      for (int i = 0; i < docs; i++) {
        String text = kind == DocKind.EXPERT ? experts.get(i).text() : needs.get(i).text();
        int s = i % Math.min(sample, docs);
        String sampleText = kind == DocKind.EXPERT ? experts.get(s).text() : needs.get(s).text();
        float[] v = i < sample ? vectors.document(text) : noisy(vectors.document(sampleText), rnd);
        var codes =
            kind == DocKind.EXPERT ? experts.get(i).disciplines() : needs.get(i).nsfcCodes();
        batch.add(
            new SearchDoc(
                uuid(kind, i),
                null,
                Segmenter.shared().segmented(text),
                text,
                codes,
                List.of(),
                "OPEN",
                false,
                false,
                v));
        if (batch.size() == 1000) {
          index.write(target, batch, List.of(), false);
          batch.clear();
        }
      }
      index.write(target, batch, List.of(), false);
      index.refreshIndex(target);
      index.swapAlias(kind, target);
      double seconds = (System.nanoTime() - t1) / 1e9;
      indexRate = docs / seconds;
      out.append(
          String.format("索引 %s：%d 篇，%.1f 秒，%.0f 篇/秒（不含嵌入）%n", kind, docs, seconds, indexRate));
    }
    // No force-merge: a live index has several segments, and that is what queries meet.
    if (!Double.isNaN(embedRate) && !Double.isNaN(indexRate)) {
      out.append(
          String.format("含嵌入的索引吞吐（按实测嵌入速度折算）：%.1f 篇/秒%n", 1 / (1 / embedRate + 1 / indexRate)));
    }

    // 3. Queries: unique free texts, so every query pays for its embedding.
    Map<UUID, EvalExpert> byId = new HashMap<>();
    for (int i = 0; i < docs; i++) {
      byId.put(uuid(DocKind.EXPERT, i), experts.get(i));
    }
    var reranker = new Reranker(Weights.DEFAULT);
    long[] hybrid = new long[queries];
    long[] embed = new long[queries];
    long[] bm25Only = new long[queries];
    for (int warm = 0; warm < 20; warm++) {
      hybridQuery(index, reranker, byId, "预热查询" + warm + needs.get(warm).title(), new long[1], 0);
    }
    for (int q = 0; q < queries; q++) {
      EvalNeed n = needs.get(q * 7 % docs);
      String text =
          n.title()
              + " "
              + n.publicSummary().substring(0, Math.min(20, n.publicSummary().length()))
              + " 第"
              + q
              + "批";
      long s = System.nanoTime();
      hybridQuery(index, reranker, byId, text, embed, q);
      hybrid[q] = System.nanoTime() - s;
      var terms = new ArrayList<>(new LinkedHashSet<>(Segmenter.shared().tokens(text)));
      long b = System.nanoTime();
      index.bm25(DocKind.EXPERT, terms, List.of(), text, false, 100);
      bm25Only[q] = System.nanoTime() - b;
    }
    out.append(
        String.format(
            "混合查询（含查询嵌入、BM25、kNN、RRF、重排，%d 次）：p50 %.1f ms，p99 %.1f ms%n",
            queries, pct(hybrid, 50), pct(hybrid, 99)));
    out.append(
        String.format(
            "  单独计时的查询嵌入（与 BM25 并行，不全计入上面）：p50 %.1f ms，p99 %.1f ms%n",
            pct(embed, 50), pct(embed, 99)));
    out.append(
        String.format(
            "基线 BM25 单查询：p50 %.1f ms，p99 %.1f ms%n", pct(bm25Only, 50), pct(bm25Only, 99)));
    out.append(
        String.format(
            "机器负载（uptime 1 分钟平均）：%.2f，%d 核%n",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors()));
    System.out.println("\n" + out);
    org.jboss.logging.Logger.getLogger(SearchBenchmark.class)
        .info("\n基准结果（每类 " + docs + " 篇）：\n" + out);
    assertThat(hybrid).isNotEmpty();
  }

  /**
   * The service's own path: Retrieval (BM25 overlapped with the query embedding, then kNN), then
   * the re-rank.
   */
  private void hybridQuery(
      SearchIndex index,
      Reranker reranker,
      Map<UUID, EvalExpert> byId,
      String text,
      long[] embed,
      int q) {
    var terms = new ArrayList<>(new LinkedHashSet<>(Segmenter.shared().tokens(text)));
    var expanded = Synonyms.shared().expand(terms);
    var query = new MatchQuery(text, terms, expanded, null, List.of(), List.of(), "ANY");
    var rankings = retrieval.retrieve(DocKind.EXPERT, query);
    var bm25 = rankings.bm25();
    var knn = rankings.knn();
    long e = System.nanoTime();
    Embedder.shared().embedQuery(text + "（计时）");
    embed[q] = System.nanoTime() - e;
    var candidates = new HashMap<UUID, Candidate>();
    for (UUID id : bm25) {
      candidates.put(id, candidate(id, byId.get(id)));
    }
    for (UUID id : knn) {
      candidates.putIfAbsent(id, candidate(id, byId.get(id)));
    }
    reranker.rank(query, bm25, knn, candidates, 20);
  }

  private static Candidate candidate(UUID id, EvalExpert e) {
    return new Candidate(
        id,
        e.name(),
        e.text(),
        e.disciplines(),
        e.clusters(),
        e.inHuaian(),
        e.inJiangsu(),
        e.capacity(),
        e.pastOutcome(),
        null);
  }

  private static float[] noisy(float[] v, Random rnd) {
    float[] out = new float[v.length];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] + rnd.nextGaussian() * 0.02);
      norm += out[i] * out[i];
    }
    float n = (float) Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      out[i] /= n;
    }
    return out;
  }

  private static UUID uuid(DocKind kind, int i) {
    return new UUID(kind.ordinal() + 1L, i);
  }

  private static double pct(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
  }
}
