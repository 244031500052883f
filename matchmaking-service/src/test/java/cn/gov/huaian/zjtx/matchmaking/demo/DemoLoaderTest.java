package cn.gov.huaian.zjtx.matchmaking.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.IndexingJob;
import cn.gov.huaian.zjtx.matchmaking.search.SearchIndex;
import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.Segmenter;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * With the demo enabled, a start loads the demo dataset in the background; a second load adds
 * nothing.
 */
@QuarkusTest
@Tag("servers")
@TestProfile(DemoLoaderTest.DemoEnabled.class)
class DemoLoaderTest {

  /** The run command's setting, and a smaller set to keep the test quick. */
  public static class DemoEnabled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("zjtx.demo.enabled", "true", "zjtx.demo.experts", "120");
    }
  }

  @Inject DemoLoader loader;
  @Inject IndexingJob job;
  @Inject SearchIndex index;

  @Test
  void theStartLoadsTheDemoUsersRowsAndASecondLoadAddsNothing() throws Exception {
    var loaded = loader.started().get(60, TimeUnit.SECONDS);
    assertThat(loaded.experts()).isEqualTo(121);
    assertThat(loaded.teams()).isPositive();

    assertThat(
            Db.count(
                "select count(*) from university where id = '"
                    + DemoIds.UNI_DEMO
                    + "' and name = '淮阴工学院' and in_huaian"))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from expert where id = '"
                    + DemoIds.EXPERT_DEMO
                    + "' and university_id = '"
                    + DemoIds.UNI_DEMO
                    + "'"))
        .isEqualTo(1);
    assertThat(Db.count("select count(*) from university where in_huaian"))
        .isGreaterThanOrEqualTo(4);
    assertThat(
            Db.count(
                "select count(*) from university where name in ('南京大学', '东南大学', '江南大学', '南京工业大学')"))
        .isEqualTo(4);
    assertThat(
            Db.count(
                "select count(*) from tech_need where status = 'OPEN' and enterprise_id = '"
                    + DemoIds.ENT_DEMO
                    + "'"))
        .isGreaterThanOrEqualTo(3);
    assertThat(
            Db.count(
                "select count(*) from tech_need where status = 'OPEN' and enterprise_id = '"
                    + DemoIds.ENT_DEMO_2
                    + "'"))
        .isGreaterThanOrEqualTo(3);
    assertThat(Db.count("select count(distinct unnest) from expert, unnest(clusters)"))
        .isEqualTo(10);
    assertThat(Db.count("select count(*) from expert where team_id is not null")).isPositive();
    // Every expert and need waits in the search outbox for the indexing job.
    assertThat(Db.count("select count(*) from search_outbox"))
        .isEqualTo(loaded.experts() + loaded.needs());

    long experts = Db.count("select count(*) from expert");
    long needs = Db.count("select count(*) from tech_need");
    long universities = Db.count("select count(*) from university");
    long teams = Db.count("select count(*) from research_team");
    assertThat(loader.loadIfEmpty()).isEqualTo(DemoLoader.Loaded.NOTHING);
    assertThat(Db.count("select count(*) from expert")).isEqualTo(experts);
    assertThat(Db.count("select count(*) from tech_need")).isEqualTo(needs);
    assertThat(Db.count("select count(*) from university")).isEqualTo(universities);
    assertThat(Db.count("select count(*) from research_team")).isEqualTo(teams);

    // The outbox job embeds and indexes them like any write (here drained by hand: the test profile
    // has no scheduler job).
    index.dropAll();
    assertThat(job.drain()).isEqualTo(loaded.experts() + loaded.needs());
    index.refresh(DocKind.NEED);
    index.refresh(DocKind.EXPERT);
    assertThat(index.status(DocKind.EXPERT).values()).containsExactly((long) loaded.experts());
    assertThat(
            index.bm25(DocKind.NEED, Segmenter.shared().tokens("焊缝视觉跟踪"), List.of(), null, true, 3))
        .extracting(SearchIndex.Scored::id)
        .isNotEmpty();
    assertThat(index.knn(DocKind.EXPERT, Embedder.shared().embedQuery("数控机床主轴热误差补偿"), 10))
        .extracting(SearchIndex.Scored::id)
        .contains(DemoIds.EXPERT_DEMO);

    // The demo users see their rows through the API.
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .get("/api/v1/experts/" + DemoIds.EXPERT_DEMO)
        .then()
        .statusCode(200)
        .body("name", equalTo("张振华"))
        .body("universityId", equalTo(DemoIds.UNI_DEMO.toString()));
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .get("/api/v1/universities/" + DemoIds.UNI_DEMO)
        .then()
        .statusCode(200)
        .body("name", equalTo("淮阴工学院"));
  }
}
