package cn.gov.huaian.zjtx.matchmaking.ranking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.IndexingJob;
import cn.gov.huaian.zjtx.matchmaking.search.SearchIndex;
import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hybrid matching through the API, both sides, with explanations and access rules. */
@QuarkusTest
@Tag("servers")
class MatchTest {
  @Inject IndexingJob job;
  @Inject SearchIndex index;

  String battery;
  String pcb;
  String needId;

  @BeforeEach
  void data() {
    Db.clean();
    index.dropAll();
    Db.demoUniversityAndExpert();
    battery =
        expert("赵电池", "新能源汽车锂离子电池热管理，液冷板流道设计与电池包温度均衡", List.of("E050601"), List.of("新能源汽车及零部件"));
    pcb = expert("钱视觉", "印制电路板表面缺陷的机器视觉检测与深度学习算法", List.of("F0116"), List.of("PCB 电子元器件"));
    expert("孙食品", "稻米深加工与功能性食品开发，盱眙龙虾冷链保鲜", List.of("C2001"), List.of("绿色食品"));
    needId =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title",
                    "电动汽车电池包快充温差控制",
                    "publicSummary",
                    "2C 快充时模组温差超过 8℃，希望优化冷却方案",
                    "privateDetail",
                    "电池供应商与成本",
                    "nsfcCodes",
                    List.of("E0506"),
                    "cluster",
                    "新能源汽车及零部件",
                    "regionPreference",
                    "HUAIAN"))
            .when()
            .post("/api/v1/tech-needs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "title",
                "数控机床主轴热误差补偿",
                "publicSummary",
                "主轴热变形导致加工精度下降，需要热误差建模与补偿",
                "nsfcCodes",
                List.of("E0509")))
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(201);
    job.drain();
    index.refresh(DocKind.NEED);
    index.refresh(DocKind.EXPERT);
  }

  String expert(String name, String directions, List<String> codes, List<String> clusters) {
    return given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                name,
                "title",
                "教授",
                "researchDirections",
                directions,
                "disciplines",
                codes,
                "clusters",
                clusters,
                "capacity",
                2))
        .when()
        .post("/api/v1/experts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void anEnterpriseSeesRankedExpertsForItsNeedWithExplanations() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/matches/needs/" + needId + "/experts")
        .then()
        .statusCode(200)
        .body("degraded", equalTo(false))
        .body("items[0].id", equalTo(battery))
        .body("items[0].rank", equalTo(1))
        .body("items[0].explanation.matchedTerms", hasItem("电池包"))
        .body("items[0].explanation.highlight", notNullValue())
        .body("items[0].explanation.sharedDisciplines[0].code", equalTo("E050601"))
        .body("items[0].explanation.contributions.feature", hasItem("locality"));
  }

  @Test
  void teamsAreRankedByTheirMembers() {
    String team =
        given()
            .auth()
            .oauth2(Tokens.of("uni-demo"))
            .contentType(ContentType.JSON)
            .body(Map.of("name", "动力电池团队", "disciplines", List.of("E0506")))
            .when()
            .post("/api/v1/universities/" + DemoIds.UNI_DEMO + "/teams")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "name",
                "赵电池",
                "teamId",
                team,
                "researchDirections",
                "新能源汽车锂离子电池热管理，液冷板流道设计与电池包温度均衡",
                "disciplines",
                List.of("E050601"),
                "clusters",
                List.of("新能源汽车及零部件")))
        .when()
        .put("/api/v1/experts/" + battery)
        .then()
        .statusCode(200);
    job.drain();
    index.refresh(DocKind.EXPERT);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/matches/needs/" + needId + "/teams")
        .then()
        .statusCode(200)
        .body("items[0].teamId", equalTo(team))
        .body("items[0].members[0].id", equalTo(battery));
  }

  @Test
  void anotherEnterpriseCannotSeeTheMatchesOfANeed() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .when()
        .get("/api/v1/matches/needs/" + needId + "/experts")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .when()
        .get("/api/v1/matches/needs/" + needId + "/experts")
        .then()
        .statusCode(403);
  }

  @Test
  void anExpertSeesNeedsForThemselvesAndTheUniversityForAllItsExperts() {
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .get("/api/v1/matches/experts/" + DemoIds.EXPERT_DEMO + "/needs")
        .then()
        .statusCode(200)
        .body("items[0].label", equalTo("数控机床主轴热误差补偿"));
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .get("/api/v1/matches/experts/" + battery + "/needs")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .when()
        .get("/api/v1/matches/universities/" + DemoIds.UNI_DEMO + "/needs")
        .then()
        .statusCode(200)
        .body("byExpert.size()", equalTo(4))
        .body("overall.size()", equalTo(2));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/matches/universities/" + DemoIds.UNI_DEMO + "/needs")
        .then()
        .statusCode(403);
  }

  @Test
  void freeTextSearchUsesSynonyms() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("q", "PCB 视觉检测")
        .when()
        .get("/api/v1/matches/search/experts")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(pcb));
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .queryParam("q", "新能源汽车电池")
        .when()
        .get("/api/v1/matches/search/needs")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(needId))
        .body(
            "items.explanation.highlight",
            everyItem(not(org.hamcrest.Matchers.containsString("电池供应商"))));
  }

  @Test
  void anEnterpriseDoesNotBrowseOtherFirmsNeeds() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("q", "新能源汽车电池")
        .when()
        .get("/api/v1/matches/search/needs")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void oddQueriesNeverBreakSearch() {
    for (String q : List.of("😀😀", "<script>alert(1)</script>", "ИИ AND OR \" * ~ ( [", "的的的")) {
      given()
          .auth()
          .oauth2(Tokens.of("ent-demo"))
          .queryParam("q", q)
          .when()
          .get("/api/v1/matches/search/experts")
          .then()
          .statusCode(200);
    }
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("q", " ")
        .when()
        .get("/api/v1/matches/search/experts")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("q", "长".repeat(MatchResource.QUERY_MAX + 1)))
        .when()
        .post("/api/v1/matches/search/experts")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("q"))
        .body("violations[0].message", equalTo("检索词不能超过 2000 个字（当前 2001 个）"));
  }

  @Test
  void privateDetailIsNeverSearchable() {
    var r =
        given()
            .auth()
            .oauth2(Tokens.of("uni-demo"))
            .queryParam("q", "电池供应商与成本")
            .when()
            .get("/api/v1/matches/search/needs")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(r.getList("items.explanation.matchedTerms").toString()).doesNotContain("供应商");
  }
}
