package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Seats, applications and the admin's assignment run through the API. */
@QuarkusTest
@Tag("servers")
class VicePresidentTest {

  @BeforeEach
  void data() {
    Db.clean();
    Db.demoUniversityAndExpert();
  }

  @Test
  void postApplyAndAssign() {
    String seat =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title",
                    "数控装备科技副总",
                    "description",
                    "负责主轴热误差补偿与智能制造升级",
                    "nsfcCodes",
                    List.of("E0509"),
                    "seats",
                    1,
                    "mainProductLine",
                    "数控机床电主轴",
                    "developmentPlan",
                    "三年内主轴热误差在线补偿上线，建成智能装配线"))
            .when()
            .post("/api/v1/vice-presidents/seats")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("statement", "愿意驻企"))
        .when()
        .post("/api/v1/vice-presidents/seats/" + seat + "/applications")
        .then()
        .statusCode(409);

    var profile =
        Map.of(
            "name",
            "王建国",
            "researchDirections",
            "数控机床主轴热误差建模与补偿",
            "disciplines",
            List.of("E0509"),
            "willingVicePresident",
            true,
            "capacity",
            1);
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .contentType(ContentType.JSON)
        .body(profile)
        .header("If-Match", "\"0\"")
        .when()
        .put("/api/v1/experts/" + DemoIds.EXPERT_DEMO)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("statement", "愿意驻企"))
        .when()
        .post("/api/v1/vice-presidents/seats/" + seat + "/applications")
        .then()
        .statusCode(201);

    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .get("/api/v1/vice-presidents/applications/mine")
        .then()
        .statusCode(200)
        .body("seatId", org.hamcrest.Matchers.contains(seat));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/vice-presidents/applications/mine")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .post("/api/v1/vice-presidents/assignment")
        .then()
        .statusCode(403);
    // A dry run proposes the pair with its reasons and records nothing.
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .queryParam("dryRun", true)
        .when()
        .post("/api/v1/vice-presidents/assignment")
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("proposals.size()", equalTo(1))
        .body("proposals[0].seatTitle", equalTo("数控装备科技副总"))
        .body("proposals[0].expertName", equalTo("王建国"))
        .body("proposals[0].reasons[0]", org.hamcrest.Matchers.startsWith("主题相关度 "))
        .body(
            "proposals[0].reasons",
            org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("学科吻合度 1.00（E0509")))
        .body(
            "proposals[0].reasons",
            org.hamcrest.Matchers.hasItem(
                org.hamcrest.Matchers.startsWith(
                    "高校在淮安市，距企业所在地淮安市（区县未登记）直线不足 5 公里，同城或邻近，可随时到企，加 ")))
        .body("proposals[0].distanceKm", equalTo(0.0f))
        .body("proposals[0].parts[0].feature", equalTo("relevance"))
        .body("assigned[0].status", equalTo("PENDING"));
    Double stored =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    VpApplication.<VpApplication>find("seatId", UUID.fromString(seat))
                        .firstResult()
                        .score);
    assertThat(stored).as("a dry run stores not even scores").isNull();
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .post("/api/v1/vice-presidents/assignment")
        .then()
        .statusCode(200)
        .body("dryRun", equalTo(false))
        .body("proposals.size()", equalTo(1))
        .body("assigned.size()", equalTo(1))
        .body("assigned[0].status", equalTo("ASSIGNED"))
        .body("totalScore", greaterThan(0.5f));

    // A second run finds the one place taken: nothing more is assigned and the seat has closed.
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .post("/api/v1/vice-presidents/assignment")
        .then()
        .statusCode(200)
        .body("assigned.size()", equalTo(0));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/vice-presidents/seats")
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(seat)));
  }

  @Test
  void aPostNeedsAPlanAndAProductLineWhichTheRegistryCanSupply() {
    var body = new java.util.HashMap<String, Object>();
    body.put("title", "食品工艺科技副总");
    body.put("description", "负责杀菌工艺与质量体系");
    body.put("seats", 1);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/vice-presidents/seats")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "violations.field",
            org.hamcrest.Matchers.hasItems("developmentPlan", "mainProductLine"));
    assertThat(Db.count("select count(*) from vp_seat")).as("nothing written").isZero();

    // The registry announced the firm's 主导产品 and district: the post takes the product from it.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                VpSeat.getEntityManager()
                    .createNativeQuery(
                        "insert into enterprise_version (enterprise_id, version, district_code, main_product)"
                            + " values (?1, 1, '320830', '盱眙龙虾调味料')")
                    .setParameter(1, DemoIds.ENT_DEMO)
                    .executeUpdate());
    body.put("developmentPlan", "两年内建成低温杀菌线，货架期延长到 12 个月");
    body.put("termMonths", 72);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/vice-presidents/seats")
        .then()
        .statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.contains("termMonths"));
    body.remove("termMonths");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/vice-presidents/seats")
        .then()
        .statusCode(201)
        .body("mainProductLine", equalTo("盱眙龙虾调味料"))
        .body("termMonths", equalTo(24));

    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/vice-presidents/seats/mine")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].seat.title", equalTo("食品工艺科技副总"))
        .body("[0].applications", equalTo(0));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .queryParam("enterpriseId", DemoIds.ENT_DEMO.toString())
        .when()
        .get("/api/v1/vice-presidents/seats/mine")
        .then()
        .statusCode(403);
  }
}
