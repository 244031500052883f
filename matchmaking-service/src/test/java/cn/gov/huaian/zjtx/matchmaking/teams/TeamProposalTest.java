package cn.gov.huaian.zjtx.matchmaking.teams;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.IndexingJob;
import cn.gov.huaian.zjtx.matchmaking.search.SearchIndex;
import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 组队建议 through the API against real servers: facets, members and reasons, access, bad input. */
@QuarkusTest
@Tag("servers")
class TeamProposalTest {
  @Inject IndexingJob job;
  @Inject SearchIndex index;

  String needId;
  String cell;
  String thermal;
  String bms;
  String teamId;

  @BeforeEach
  void data() {
    Db.clean();
    index.dropAll();
    Db.demoUniversityAndExpert();
    teamId =
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
    cell = expert("赵电芯", "锂电池电芯一致性与分容化成；电芯配组与压差分析", teamId, 2);
    thermal = expert("钱热控", "电池包液冷与热管理设计；储能柜温差控制", teamId, 2);
    bms = expert("孙算法", "电池管理系统（BMS）；SOC与SOH估计算法", null, 2);
    expert("周满额", "电池管理系统（BMS）与SOC估计算法；电池热管理", null, 0);
    expert("吴食品", "稻米深加工与功能性食品开发", null, 2);
    needId =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title",
                    "储能电池包一致性与热管理",
                    "publicSummary",
                    "模组压差拉大，柜内温差大，SOC估不准",
                    "description",
                    "我们做储能电池包。希望找懂电芯一致性、热管理和电池管理系统的老师一起帮我们梳理。",
                    "nsfcCodes",
                    List.of("E0506")))
            .when()
            .post("/api/v1/tech-needs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    job.drain();
    index.refresh(DocKind.NEED);
    index.refresh(DocKind.EXPERT);
  }

  String expert(String name, String directions, String team, int capacity) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("title", "教授");
    body.put("researchDirections", directions);
    body.put("disciplines", List.of("E0506"));
    body.put("clusters", List.of("新能源汽车及零部件"));
    body.put("capacity", capacity);
    if (team != null) {
      body.put("teamId", team);
    }
    return given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/experts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void theOwnerGetsATeamForTheFacetsOfItsNeedWithAReasonPerMember() {
    JsonPath p =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .when()
            .get("/api/v1/tech-needs/" + needId + "/team-proposal")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(p.getList("facets.label", String.class)).containsExactly("电芯一致性", "热管理", "电池管理系统");
    List<String> members = p.getList("members.expertId", String.class);
    assertThat(members).hasSizeBetween(2, 4).contains(cell, bms).doesNotContain(teamId);
    assertThat(new HashSet<>(p.getList("members.universityId", String.class)))
        .hasSizeLessThanOrEqualTo(2);
    assertThat(p.getList("members.reason", String.class)).allMatch(r -> r.startsWith("负责"));
    // 周满额 covers BMS as well but has no capacity left.
    assertThat(p.getList("members.name", String.class)).doesNotContain("周满额", "吴食品");
    assertThat(p.getBoolean("singleExpertSuffices")).isFalse();
    if (members.contains(thermal)) {
      assertThat(p.getList("links.kind", String.class)).contains("SAME_TEAM");
    }
  }

  @Test
  void commissionersAndAdminsMayLookOtherEnterprisesMayNot() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/tech-needs/" + needId + "/team-proposal")
        .then()
        .statusCode(200);
    int status =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo-2"))
            .when()
            .get("/api/v1/tech-needs/" + needId + "/team-proposal")
            .then()
            .extract()
            .statusCode();
    assertThat(status).isIn(403, 404);
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .get("/api/v1/tech-needs/" + needId + "/team-proposal")
        .then()
        .statusCode(403)
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void badInputIsAChineseProblem() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/tech-needs/" + needId + "/team-proposal?maxMembers=5")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body(containsString("团队人数上限不能超过 4"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/tech-needs/" + needId + "/team-proposal?maxUniversities=0")
        .then()
        .statusCode(400)
        .body(containsString("高校数量上限至少为 1"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/tech-needs/00000000-0000-0000-0000-000000000000/team-proposal")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"))
        .body("title", equalTo(notFoundTitle()));
  }

  private static String notFoundTitle() {
    return given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/tech-needs/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .extract()
        .path("title");
  }
}
