package cn.gov.huaian.zjtx.matchmaking.experts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Universities, teams and experts: the office writes its own, the expert edits itself. */
@QuarkusTest
@Tag("servers")
class ExpertWriteTest {

  @BeforeEach
  void demoData() {
    Db.clean();
    Db.demoUniversityAndExpert();
  }

  static Map<String, Object> expert() {
    var body = new HashMap<String, Object>();
    body.put("name", "李明");
    body.put("college", "机械与材料工程学院");
    body.put("title", "教授");
    body.put("researchDirections", "动力电池热管理、液冷板流道优化、电池包结构轻量化");
    body.put("disciplines", List.of("E0506"));
    body.put("clusters", List.of("新能源汽车及零部件"));
    body.put("achievements", List.of(Map.of("kind", "专利", "title", "一种电池包液冷板", "year", 2023)));
    body.put("capacity", 3);
    body.put("willingVicePresident", true);
    return body;
  }

  @Test
  void aUniversityRegistersItsExpertWhoInheritsTheRegion() {
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(expert())
        .when()
        .post("/api/v1/experts")
        .then()
        .statusCode(201)
        .body("universityId", equalTo(DemoIds.UNI_DEMO.toString()))
        .body("inHuaian", equalTo(true))
        .body("clusters[0].code", equalTo("NEW_ENERGY_VEHICLE"))
        .body("achievements[0].kind", equalTo("专利"));
  }

  @Test
  void invalidExpertFieldsAreNamed() {
    var body = expert();
    body.put("name", "");
    body.put("disciplines", List.of("XX"));
    body.put("clusters", List.of("房地产"));
    body.put("capacity", 99);
    body.put("achievements", List.of(Map.of("kind", "小说", "title", "")));
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/experts")
        .then()
        .statusCode(400)
        .body(
            "violations.field",
            hasItems(
                "name",
                "disciplines[0]",
                "clusters[0]",
                "capacity",
                "achievements[0].kind",
                "achievements[0].title"));
  }

  @Test
  void theExpertEditsItselfButNotOthers() {
    var body = expert();
    body.put("name", "王建国");
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .header("If-Match", "\"0\"")
        .when()
        .put("/api/v1/experts/" + DemoIds.EXPERT_DEMO)
        .then()
        .statusCode(200)
        .body("researchDirections", equalTo(body.get("researchDirections")));
    String other =
        given()
            .auth()
            .oauth2(Tokens.of("uni-demo"))
            .contentType(ContentType.JSON)
            .body(expert())
            .when()
            .post("/api/v1/experts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .header("If-Match", "\"0\"")
        .when()
        .put("/api/v1/experts/" + other)
        .then()
        .statusCode(403);
  }

  @Test
  void onlyAnAdminRegistersUniversitiesAndAnOfficeItsTeams() {
    var uni = Map.of("name", "南京理工大学", "city", "南京市", "province", "江苏省");
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(uni)
        .when()
        .post("/api/v1/universities")
        .then()
        .statusCode(403);
    String id =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .contentType(ContentType.JSON)
            .body(uni)
            .when()
            .post("/api/v1/universities")
            .then()
            .statusCode(201)
            .body("inHuaian", equalTo(false))
            .body("inJiangsu", equalTo(true))
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(uni)
        .when()
        .post("/api/v1/universities")
        .then()
        .statusCode(409);
    var team =
        Map.of(
            "name",
            "智能制造团队",
            "leaderId",
            DemoIds.EXPERT_DEMO.toString(),
            "disciplines",
            List.of("E05"));
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(team)
        .when()
        .post("/api/v1/universities/" + DemoIds.UNI_DEMO + "/teams")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(team)
        .when()
        .post("/api/v1/universities/" + id + "/teams")
        .then()
        .statusCode(403);
  }
}
