package cn.gov.huaian.zjtx.matchmaking.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch down: writes still succeed, the outbox keeps what is not indexed, search answers
 * from PostgreSQL flagged degraded, and the index catches up once the cluster is back. The shared
 * cluster is not stopped (other engineers use it); the outage is a SearchIndex whose every call
 * fails the way a refused connection does.
 */
@QuarkusTest
@Tag("servers")
class DegradedModeTest {
  @Inject ElasticsearchClient es;
  @Inject SearchConfig config;
  @Inject IndexingJob job;

  /** Every call fails as if the cluster refused the connection. */
  static class Outage extends SearchIndex {
    Outage(ElasticsearchClient es, SearchConfig config) {
      super(es, config);
    }

    private static SearchUnavailable down() {
      return new SearchUnavailable("检索服务暂不可用", new java.net.ConnectException("Connection refused"));
    }

    @Override
    public void ensure(DocKind kind) {
      throw down();
    }

    @Override
    public void write(String t, Collection<SearchDoc> d, Collection<UUID> x, boolean r) {
      throw down();
    }

    @Override
    public List<Scored> bm25(
        DocKind k, Collection<String> t, Collection<String> s, String raw, boolean o, int n) {
      throw down();
    }

    @Override
    public List<Scored> knn(DocKind k, float[] v, int n) {
      throw down();
    }
  }

  @BeforeEach
  void outage() {
    Db.clean();
    new SearchIndex(es, config).dropAll();
    Db.demoUniversityAndExpert();
    QuarkusMock.installMockForType(new Outage(es, config), SearchIndex.class);
  }

  @Test
  void writesSucceedSearchIsDegradedAndTheIndexCatchesUpLater() {
    String need =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title",
                    "数控机床主轴热变形补偿",
                    "publicSummary",
                    "主轴热误差导致精度下降，需要热误差建模与补偿方案",
                    "nsfcCodes",
                    List.of("E0509")))
            .when()
            .post("/api/v1/tech-needs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    assertThat(job.drain()).isZero();
    assertThat(
            Db.count(
                "select count(*) from search_outbox where attempts = 1 and last_error is not null"))
        .isEqualTo(1);

    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/matches/needs/" + need + "/experts")
        .then()
        .statusCode(200)
        .body("degraded", equalTo(true))
        .body("items[0].label", equalTo("王建国（教授）"))
        .body("items[0].explanation.matchedTerms.size()", greaterThan(0));
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .queryParam("q", "主轴热误差")
        .when()
        .get("/api/v1/matches/search/needs")
        .then()
        .statusCode(200)
        .body("degraded", equalTo(true))
        .body("items[0].id", equalTo(need));

    var live = new SearchIndex(es, config);
    QuarkusMock.installMockForType(live, SearchIndex.class);
    assertThat(job.drain()).isEqualTo(1);
    assertThat(Db.count("select count(*) from search_outbox")).isZero();
    live.refresh(DocKind.NEED);
    assertThat(live.bm25(DocKind.NEED, List.of("主轴"), List.of(), null, true, 10))
        .extracting(SearchIndex.Scored::id)
        .containsExactly(UUID.fromString(need));
  }
}
