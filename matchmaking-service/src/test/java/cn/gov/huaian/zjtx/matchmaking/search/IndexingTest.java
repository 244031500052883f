package cn.gov.huaian.zjtx.matchmaking.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.Segmenter;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL first, then the outbox job brings documents to Elasticsearch; a reindex swaps the
 * alias.
 */
@QuarkusTest
@Tag("servers")
class IndexingTest {
  @Inject IndexingJob job;
  @Inject SearchIndex index;
  @Inject Reindexer reindexer;

  @BeforeEach
  void clean() {
    Db.clean();
    index.dropAll();
  }

  String postNeed(String title, String summary) {
    return given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("title", title, "publicSummary", summary, "privateDetail", "绝密配方"))
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void aPostedNeedReachesTheIndexThroughTheOutboxWithItsVector() {
    String id = postNeed("印制电路板表面缺陷检测", "需要基于机器视觉的PCB缺陷检测算法 <b>😀</b>");
    index.ensure(DocKind.NEED);
    assertThat(index.bm25(DocKind.NEED, List.of("印制电路板"), List.of(), null, true, 10)).isEmpty();

    assertThat(job.drain()).isEqualTo(1);
    index.refresh(DocKind.NEED);

    var hits =
        index.bm25(
            DocKind.NEED, Segmenter.shared().tokens("线路板 缺陷检测"), List.of("印制电路板"), null, true, 10);
    assertThat(hits).extracting(SearchIndex.Scored::id).containsExactly(UUID.fromString(id));
    assertThat(Db.count("select count(*) from search_outbox")).isZero();
    assertThat(
            Db.count(
                "select count(*) from tech_need where embedding is not null and array_length(embedding, 1) = 512"))
        .isEqualTo(1);
    assertThat(index.bm25(DocKind.NEED, List.of("绝密配方"), List.of(), null, true, 10))
        .as("private detail is never indexed")
        .isEmpty();
  }

  @Test
  void vectorHitsCarryTheScoreTheKeywordRankingGivesThemAndKeepTheKnnOrder() {
    postNeed("碳纤维复合材料界面改性", "提高碳纤维与环氧树脂的界面结合强度");
    postNeed("动力电池热管理", "快充工况下电池包温差控制，液冷板设计");
    postNeed("电池包液冷板焊接", "铝合金液冷板搅拌摩擦焊渗漏");
    postNeed("注塑件缩痕", "汽车内饰件表面凹陷");
    postNeed("污水处理", "高盐有机废水");
    job.drain();
    index.refresh(DocKind.NEED);
    var terms = Segmenter.shared().tokens("电池包 液冷板 温差");
    var synonyms = List.of("热管理");
    float[] vector = Embedder.shared().embedQuery("电池包液冷板温差控制");

    var keyword = index.bm25(DocKind.NEED, terms, synonyms, null, true, 10);
    var vectorHits = index.knnWithLexical(DocKind.NEED, vector, 5, terms, synonyms, null, true);

    assertThat(vectorHits)
        .extracting(SearchIndex.VectorHit::id)
        .as("the order of the kNN search alone")
        .containsExactlyElementsOf(
            index.knn(DocKind.NEED, vector, 5).stream().map(SearchIndex.Scored::id).toList());
    var byId = new java.util.HashMap<UUID, Double>();
    keyword.forEach(k -> byId.put(k.id(), k.score()));
    assertThat(keyword).hasSizeBetween(2, 4);
    for (var hit : vectorHits) {
      if (byId.containsKey(hit.id())) {
        assertThat(hit.lexical())
            .isCloseTo(byId.get(hit.id()), org.assertj.core.data.Offset.offset(1e-4));
      } else {
        assertThat(hit.lexical()).as("matches no term").isNull();
      }
    }
  }

  @Test
  void theKeywordTopNIsInScoreThenIdOrderAndAPrefixOfADeeperOneWhereTiesCrossTheCut() {
    postNeed("注塑件缩痕", "汽车内饰件表面凹陷，注塑件缩痕明显");
    for (int i = 0; i < 6; i++) {
      postNeed("注塑件缩痕", "汽车内饰件表面凹陷");
    }
    postNeed("污水处理", "高盐有机废水");
    job.drain();
    index.refresh(DocKind.NEED);
    var terms = Segmenter.shared().tokens("注塑件 缩痕");

    var deep = index.bm25(DocKind.NEED, terms, List.of(), null, true, 10);
    assertThat(deep)
        .hasSize(7)
        .isSortedAccordingTo(
            java.util.Comparator.comparingDouble(SearchIndex.Scored::score)
                .reversed()
                .thenComparing(s -> s.id().toString()));
    double twin = deep.get(3).score();
    assertThat(deep).filteredOn(s -> s.score() == twin).as("six twins tie").hasSize(6);
    for (int depth = 1; depth <= 7; depth++) {
      assertThat(index.bm25(DocKind.NEED, terms, List.of(), null, true, depth))
          .as("top %d, ties cut or not", depth)
          .containsExactlyElementsOf(deep.subList(0, depth));
    }
  }

  @Test
  void aFullReindexSwapsTheAliasToANewIndexWithTheSameDocuments() {
    postNeed("碳纤维复合材料界面改性", "提高碳纤维与环氧树脂的界面结合强度");
    postNeed("动力电池热管理", "快充工况下电池包温差控制");
    job.drain();
    String before = index.status(DocKind.NEED).keySet().iterator().next();

    var results = reindexer.reindexAll();
    assertThat(results).extracting(Reindexer.Result::documents).containsExactly(2L, 0L);
    var after = index.status(DocKind.NEED);
    assertThat(after).hasSize(1).doesNotContainKey(before).containsValue(2L);
    assertThat(after.keySet().iterator().next()).startsWith("test-zjtx-mm-needs-");
    assertThat(index.segments(after.keySet().iterator().next()))
        .as("merged before the swap")
        .isEqualTo(1);
  }

  @Test
  void anIndexWrittenInSeveralRefreshesIsMergedIntoOneSegment() {
    index.ensure(DocKind.NEED);
    String name = index.status(DocKind.NEED).keySet().iterator().next();
    for (int i = 0; i < 3; i++) {
      postNeed("注塑件缩痕" + i, "汽车内饰件表面凹陷");
      job.drain();
      index.refreshIndex(name);
    }
    assertThat(index.segments(name)).as("one segment per refresh").isGreaterThan(1);

    assertThat(index.mergeToOneSegment(name, java.time.Duration.ofSeconds(30))).isTrue();

    assertThat(index.segments(name)).isEqualTo(1);
    assertThat(index.status(DocKind.NEED)).containsValue(3L);
  }

  @Test
  void reindexIsForAdminsOnly() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .post("/api/v1/admin/search/reindex")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/admin/search/status")
        .then()
        .statusCode(200);
  }
}
