package cn.gov.huaian.zjtx.matchmaking.challenges;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 揭榜比拼: publish, bid, score, publish winners. */
@QuarkusTest
@Tag("servers")
class ChallengeTest {

  @BeforeEach
  void data() {
    Db.clean();
    Db.demoUniversityAndExpert();
  }

  @Test
  void theWholeList() {
    var problem =
        Map.of(
            "listName",
            "2025 年淮安市关键核心技术揭榜挂帅榜单",
            "title",
            "高端数控机床热误差实时补偿",
            "description",
            "补偿后定位精度优于 5 μm",
            "reward",
            2000000,
            "deadline",
            LocalDate.now().plusMonths(2).toString());
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(problem)
        .when()
        .post("/api/v1/challenges")
        .then()
        .statusCode(403);
    String id =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .contentType(ContentType.JSON)
            .body(problem)
            .when()
            .post("/api/v1/challenges")
            .then()
            .statusCode(201)
            .body("status", equalTo("OPEN"))
            .extract()
            .path("id");

    String team =
        given()
            .auth()
            .oauth2(Tokens.of("uni-demo"))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "智能制造团队",
                    "leaderId",
                    DemoIds.EXPERT_DEMO.toString(),
                    "disciplines",
                    List.of("E0509")))
            .when()
            .post("/api/v1/universities/" + DemoIds.UNI_DEMO + "/teams")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String bid =
        given()
            .auth()
            .oauth2(Tokens.of("uni-demo"))
            .contentType(ContentType.JSON)
            .body(Map.of("teamId", team, "proposal", "基于温度场重构的热误差实时补偿"))
            .when()
            .post("/api/v1/challenges/" + id + "/bids")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("teamId", team, "proposal", "重复"))
        .when()
        .post("/api/v1/challenges/" + id + "/bids")
        .then()
        .statusCode(409);

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .when()
        .post("/api/v1/challenges/" + id + "/publish")
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("score", 101))
        .when()
        .post("/api/v1/challenges/" + id + "/bids/" + bid + "/score")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("score", 91.5))
        .when()
        .post("/api/v1/challenges/" + id + "/bids/" + bid + "/score")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("places", 1))
        .when()
        .post("/api/v1/challenges/" + id + "/publish")
        .then()
        .statusCode(200)
        .body("[0].id", equalTo(bid))
        .body("[0].winner", equalTo(true))
        .body("[0].teamName", equalTo("智能制造团队（淮阴工学院）"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/challenges/" + id + "/bids")
        .then()
        .statusCode(200)
        .body("[0].winner", equalTo(true))
        .body("[0].teamName", equalTo("智能制造团队（淮阴工学院）"))
        .body("[0].proposal", org.hamcrest.Matchers.nullValue())
        .body("findAll { !it.winner }.size()", equalTo(0));
  }
}
