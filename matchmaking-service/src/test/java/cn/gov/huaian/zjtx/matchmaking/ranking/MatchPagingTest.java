package cn.gov.huaian.zjtx.matchmaking.ranking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.IndexingJob;
import cn.gov.huaian.zjtx.matchmaking.search.SearchIndex;
import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.TextHash;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Results beyond 100 with cursors (many experts with the very same profile: every score ties), and
 * free-text queries as long as a need (2,000 characters) in a request body.
 */
@QuarkusTest
@Tag("servers")
class MatchPagingTest {
  static final int TWINS = 140;
  static final String TEXT = "注塑模具冷却水路设计与注塑件缩痕翘曲控制，高分子材料成型工艺优化";

  @Inject IndexingJob job;
  @Inject SearchIndex index;
  @Inject EntityManager em;

  @BeforeEach
  void data() {
    Db.clean();
    index.dropAll();
    Db.demoUniversityAndExpert();
    float[] vector = Embedder.shared().embedDocument(TEXT);
    var literal = new StringBuilder("{");
    for (int i = 0; i < vector.length; i++) {
      literal.append(i == 0 ? "" : ",").append(vector[i]);
    }
    literal.append('}');
    // Stored with their vector and its text hash: the indexing job reuses it (no embedding).
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < TWINS; i++) {
                UUID id = UUID.randomUUID();
                em.createNativeQuery(
                        "insert into expert (id, university_id, name, research_directions, capacity,"
                            + " in_huaian, in_jiangsu, embedding, embedding_hash)"
                            + " values (?1, ?2, ?3, ?4, 2, true, true, cast(?5 as real[]), ?6)")
                    .setParameter(1, id)
                    .setParameter(2, DemoIds.UNI_DEMO)
                    .setParameter(3, "模具专家" + i)
                    .setParameter(4, TEXT)
                    .setParameter(5, literal.toString())
                    .setParameter(6, TextHash.of(TEXT))
                    .executeUpdate();
                em.createNativeQuery(
                        "insert into search_outbox (doc_kind, doc_id) values ('EXPERT', ?1)")
                    .setParameter(1, id)
                    .executeUpdate();
              }
            });
    em.clear();
    job.drain();
    index.refresh(DocKind.EXPERT);
  }

  /** Every page of a search, following nextCursor; GET with the query, or POST with a body. */
  static List<JsonPath> pages(String q, int size, boolean post) {
    var pages = new ArrayList<JsonPath>();
    String cursor = null;
    do {
      var request = given().auth().oauth2(Tokens.of("ent-demo"));
      JsonPath page;
      if (post) {
        var body = new HashMap<String, Object>();
        body.put("q", q);
        body.put("size", size);
        if (cursor != null) {
          body.put("cursor", cursor);
        }
        page =
            request
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/matches/search/experts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
      } else {
        if (cursor != null) {
          request.queryParam("cursor", cursor);
        }
        page =
            request
                .queryParam("q", q)
                .queryParam("size", size)
                .get("/api/v1/matches/search/experts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
      }
      pages.add(page);
      cursor = page.getString("nextCursor");
    } while (cursor != null && pages.size() < 50);
    return pages;
  }

  static List<String> ids(List<JsonPath> pages) {
    return pages.stream().flatMap(p -> p.<String>getList("items.id").stream()).toList();
  }

  @Test
  void aRankingPagesBeyond100WithoutRepeatsOrGapsThroughEqualScores() {
    var pages = pages("注塑件缩痕", 40, false);
    List<String> ids = ids(pages);
    assertThat(ids).hasSizeGreaterThanOrEqualTo(TWINS).doesNotHaveDuplicates();
    assertThat(pages.stream().flatMap(p -> p.<Integer>getList("items.rank").stream()).toList())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, ids.size()).boxed().toList());
    assertThat(pages.getLast().getString("nextCursor")).isNull();
    // Every twin has the same score: they follow one another in id order, across page bounds.
    List<String> twins =
        pages.stream()
            .flatMap(p -> p.<Map<String, Object>>getList("items").stream())
            .filter(m -> ((String) m.get("label")).startsWith("模具专家"))
            .map(m -> (String) m.get("id"))
            .toList();
    assertThat(twins).hasSize(TWINS).isSorted();
    // Page size does not change the ranking: 40 by 40 in the body, or 100 then the rest.
    assertThat(ids(pages("注塑件缩痕", 100, true))).containsExactlyElementsOf(ids);
  }

  @Test
  void aCursorOfAnotherQueryOrADamagedOneIsA400() {
    String cursor = pages("注塑件缩痕", 100, false).getFirst().getString("nextCursor");
    assertThat(cursor).isNotNull();
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("q", "模具冷却")
        .queryParam("cursor", cursor)
        .get("/api/v1/matches/search/experts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("cursor"))
        .body("detail", containsString("不属于本次查询"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("q", "注塑件缩痕")
        .queryParam("cursor", cursor.substring(3))
        .get("/api/v1/matches/search/experts")
        .then()
        .statusCode(400)
        .body("detail", containsString("游标无效"));
  }

  @Test
  void aNeedsExpertsArePagedToo() {
    String need =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(Map.of("title", "注塑件缩痕翘曲", "publicSummary", "注塑模具冷却水路不均，产品缩痕翘曲严重，希望优化模具与工艺。"))
            .post("/api/v1/tech-needs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    job.drain();
    var first =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .queryParam("size", 100)
            .get("/api/v1/matches/needs/" + need + "/experts")
            .then()
            .statusCode(200)
            .body("items.size()", equalTo(100))
            .body("nextCursor", notNullValue())
            .extract()
            .jsonPath();
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("size", 100)
        .queryParam("cursor", first.getString("nextCursor"))
        .get("/api/v1/matches/needs/" + need + "/experts")
        .then()
        .statusCode(200)
        .body("items[0].rank", equalTo(101))
        // The demo expert is in the database only (never indexed): the twins alone are ranked.
        .body("items.size()", equalTo(TWINS - 100))
        .body("nextCursor", nullValue());
  }

  @Test
  void aPageOfMoreThan100OrLessThan1IsA400NamingSize() {
    for (int size : new int[] {0, 101}) {
      for (String path :
          List.of("/api/v1/matches/search/experts", "/api/v1/matches/search/needs")) {
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .queryParam("q", "注塑")
            .queryParam("size", size)
            .get(path)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("violations[0].field", equalTo("size"))
            .body("violations[0].message", containsString("条数"));
      }
    }
  }

  @Test
  void aQueryAsLongAsANeedIsSearchedFromTheBodyAndOneCharacterMoreIsA400() {
    String need = (TEXT + "。").repeat(70).substring(0, MatchResource.QUERY_MAX);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("q", need, "size", 5))
        .post("/api/v1/matches/search/experts")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(5))
        .body("items[0].label", containsString("模具专家"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("q", need + "长"))
        .post("/api/v1/matches/search/experts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("q"))
        .body("violations[0].message", containsString("不能超过 2000 个字"));
    // 300 characters were refused before (the limit was 200); in a URL they fit.
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("q", need.substring(0, 300))
        .get("/api/v1/matches/search/experts")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("q", need))
        .post("/api/v1/matches/search/needs")
        .then()
        .statusCode(200);
  }

  @Test
  void aBodyWithoutTextOrWithABadSizeIsA400() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("size", 5))
        .post("/api/v1/matches/search/experts")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("q"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("q", "注塑", "size", 500))
        .post("/api/v1/matches/search/experts")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("size"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("q", "注塑"))
        .post("/api/v1/matches/search/needs")
        .then()
        .statusCode(403);
  }

  @Test
  void whatALongQueryDoesInAUrl() {
    // 2,000 characters are ~18 KB percent-encoded: more than the 4 KB request line HTTP servers
    // take. Not a 5xx: the server refuses the line itself (use POST for such texts).
    int status =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .queryParam("q", "注".repeat(MatchResource.QUERY_MAX))
            .get("/api/v1/matches/search/experts")
            .statusCode();
    assertThat(status).isBetween(400, 499);
  }
}
