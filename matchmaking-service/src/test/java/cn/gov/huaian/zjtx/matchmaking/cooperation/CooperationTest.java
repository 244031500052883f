package cn.gov.huaian.zjtx.matchmaking.cooperation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Interest → acceptance → revealed details → cooperation record, each step audited. */
@QuarkusTest
@Tag("servers")
class CooperationTest {
  String need;

  @BeforeEach
  void data() {
    Db.clean();
    Db.demoUniversityAndExpert();
    need =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title",
                    "主轴热误差补偿",
                    "publicSummary",
                    "加工精度随温度漂移",
                    "privateDetail",
                    "机床型号 XK-715，联系人张工 138xxxx"))
            .when()
            .post("/api/v1/tech-needs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  String interest() {
    return given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "needId",
                need,
                "expertId",
                DemoIds.EXPERT_DEMO.toString(),
                "message",
                "我们做过同类热误差模型"))
        .when()
        .post("/api/v1/interests")
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"))
        .extract()
        .path("id");
  }

  @Test
  void theWholeWorkflowRevealsDetailsOnlyAfterAcceptance() {
    String interest = interest();
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .get("/api/v1/interests/" + interest + "/contact")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .get("/api/v1/tech-needs/" + need)
        .then()
        .statusCode(200)
        .body("privateDetail", nullValue());
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .when()
        .post("/api/v1/interests/" + interest + "/accept")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .post("/api/v1/interests/" + interest + "/accept")
        .then()
        .statusCode(403);

    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .post("/api/v1/interests/" + interest + "/accept")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .post("/api/v1/interests/" + interest + "/decline")
        .then()
        .statusCode(409);

    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .get("/api/v1/interests/" + interest + "/contact")
        .then()
        .statusCode(200)
        .body("privateDetail", equalTo("机床型号 XK-715，联系人张工 138xxxx"))
        .body("enterpriseId", equalTo(DemoIds.ENT_DEMO.toString()));
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .when()
        .get("/api/v1/tech-needs/" + need)
        .then()
        .statusCode(200)
        .body("privateDetail", equalTo("机床型号 XK-715，联系人张工 138xxxx"));

    String coop =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "interestId",
                    interest,
                    "amount",
                    300000,
                    "startDate",
                    "2025-01-01",
                    "endDate",
                    "2025-12-31"))
            .when()
            .post("/api/v1/cooperations")
            .then()
            .statusCode(201)
            .body("status", equalTo("ACTIVE"))
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "ACTIVE", "rating", 5))
        .when()
        .put("/api/v1/cooperations/" + coop)
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "COMPLETED", "rating", 5, "outcome", "精度提升 40%"))
        .when()
        .put("/api/v1/cooperations/" + coop)
        .then()
        .statusCode(200)
        .body("rating", equalTo(5));
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .get("/api/v1/cooperations/" + coop)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .when()
        .get("/api/v1/cooperations/" + coop)
        .then()
        .statusCode(404);

    assertThat(
            Db.count(
                "select count(*) from audit_log where entity_id in (select id from interest) or entity = 'cooperation_record'"))
        .isGreaterThanOrEqualTo(5);
    // Each step is feedback on the match that led to it, in order.
    assertThat(Db.count("select count(*) from match_feedback where need_id = '" + need + "'"))
        .isEqualTo(4);
    for (String event : java.util.List.of("INTEREST", "ACCEPTED", "SIGNED", "FINISHED")) {
      assertThat(
              Db.count(
                  "select count(*) from match_feedback where event = '"
                      + event
                      + "' and expert_id = '"
                      + DemoIds.EXPERT_DEMO
                      + "'"))
          .as(event)
          .isEqualTo(1);
    }
  }

  @Test
  void aDeclineCarriesItsReasonIntoTheFeedbackAndABadReasonWritesNothing() {
    String interest = interest();
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("reasonCode", "不想要"))
        .when()
        .post("/api/v1/interests/" + interest + "/decline")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", org.hamcrest.Matchers.contains("reasonCode"));
    assertThat(Db.count("select count(*) from match_feedback where event = 'DECLINED'")).isZero();
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("reasonCode", "研究方向与需求不符", "reason", "对方做的是磨削，不是热误差"))
        .when()
        .post("/api/v1/interests/" + interest + "/decline")
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"))
        .body("declineReasonCode", equalTo("OFF_TOPIC"))
        .body("declineReason", equalTo("对方做的是磨削，不是热误差"));
    assertThat(
            Db.count(
                "select count(*) from match_feedback d join match_feedback i on i.interest_id = d.interest_id"
                    + " where d.event = 'DECLINED' and i.event = 'INTEREST' and d.reason_code = 'OFF_TOPIC'"
                    + " and d.features is not distinct from i.features and d.rank is not distinct from i.rank"))
        .as("the decline carries the interest's snapshot of the match")
        .isEqualTo(1);
  }

  @Test
  void aSecondInterestAndAClosedNeedAreConflicts() {
    interest();
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("needId", need, "expertId", DemoIds.EXPERT_DEMO.toString()))
        .when()
        .post("/api/v1/interests")
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("needId", need, "expertId", DemoIds.EXPERT_DEMO.toString()))
        .when()
        .post("/api/v1/interests")
        .then()
        .statusCode(403);
  }

  @Test
  void aDeclinedInterestRevealsNothing() {
    String interest = interest();
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .post("/api/v1/interests/" + interest + "/decline")
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .get("/api/v1/interests/" + interest + "/contact")
        .then()
        .statusCode(403);
  }
}
