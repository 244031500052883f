package cn.gov.huaian.zjtx.matchmaking.needs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Posting and editing needs: who may, what is checked, and that bad input writes nothing. */
@QuarkusTest
@Tag("servers")
class TechNeedWriteTest {

  @BeforeEach
  void clean() {
    Db.clean();
  }

  static Map<String, Object> valid() {
    var body = new HashMap<String, Object>();
    body.put("title", "新能源汽车电池包热管理仿真");
    body.put("publicSummary", "动力电池包在快充工况下温差过大，需要建立热管理仿真模型并优化液冷板流道。");
    body.put("description", "现有电池包 120 kWh，快充 2C 时模组间温差超过 8℃。");
    body.put("privateDetail", "目前液冷板供应商为某某公司，流道图纸见附件。");
    body.put("nsfcCodes", List.of("E0506"));
    body.put("industryCode", "3670");
    body.put("cooperationMode", "技术开发");
    body.put("budgetMin", 200000);
    body.put("budgetMax", 500000);
    body.put("deadline", LocalDate.now().plusMonths(3).toString());
    body.put("regionPreference", "HUAIAN");
    return body;
  }

  @Test
  void anEnterprisePostsForItselfWithEveryField() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(valid())
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/tech-needs/"))
        .header("ETag", equalTo("\"0\""))
        .body("enterpriseId", equalTo(DemoIds.ENT_DEMO.toString()))
        .body("cooperationMode", equalTo("TECH_DEVELOPMENT"))
        .body("cooperationModeName", equalTo("技术开发"))
        .body("cluster", equalTo("NEW_ENERGY_VEHICLE"))
        .body("clusterName", equalTo("新能源汽车及零部件"))
        .body("disciplines[0].name", notNullValue())
        .body("status", equalTo("OPEN"))
        .body("privateDetail", containsString("液冷板"));
    assertThat(Db.count("select count(*) from search_outbox where doc_kind = 'NEED'")).isEqualTo(1);
    assertThat(Db.count("select count(*) from audit_log where action = 'need.created'"))
        .isEqualTo(1);
  }

  @Test
  void everyInvalidFieldIsNamedInChineseAndNothingIsWritten() {
    var body = valid();
    body.put("title", " ");
    body.put("nsfcCodes", List.of("E0506", "Z9999"));
    body.put("cooperationMode", "合资");
    body.put("budgetMin", 900000);
    body.put("deadline", "2001-01-01");
    body.put("regionPreference", "火星");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("请求参数不合法"))
        .body(
            "violations.field",
            hasItems(
                "title",
                "nsfcCodes[1]",
                "cooperationMode",
                "budgetMax",
                "deadline",
                "regionPreference"))
        .body("violations.find { it.field == 'title' }.message", equalTo("需求名称不能为空"))
        .body("violations.find { it.field == 'cooperationMode' }.message", containsString("技术开发"));
    assertThat(Db.count("select count(*) from tech_need")).isZero();
    assertThat(Db.count("select count(*) from search_outbox")).isZero();
  }

  @Test
  void tooLongTextIs400AndAHugeBodyIs413() {
    var body = valid();
    body.put("title", "长".repeat(TechNeedRules.TITLE_MAX + 1));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(400)
        .body("violations[0].message", containsString("不能超过 100 个字"));

    body.put("title", "正常标题");
    body.put("description", "大".repeat(400_000));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(413);
    assertThat(Db.count("select count(*) from tech_need")).isZero();
  }

  @Test
  void emojiHtmlAndMixedScriptsAreKeptAsPlainText() {
    var body = valid();
    body.put("title", "🔋电池 <script>alert(1)</script> BMS算法 ИИ 最適化");
    body.put("publicSummary", "SOC 估算误差 ≤ 2%，支持 CAN-FD；😀 emoji 也无妨");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(201)
        .body("title", equalTo("🔋电池 <script>alert(1)</script> BMS算法 ИИ 最適化"));
  }

  @Test
  void controlCharactersAreRejected() {
    var body = valid();
    body.put("title", "标题\u0000带空字符");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("title"));
  }

  @Test
  void anEnterpriseCannotPostForAnother() {
    var body = valid();
    body.put("enterpriseId", DemoIds.ENT_DEMO_2.toString());
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void aCommissionerRecordsForAnAssignedEnterpriseOnly() {
    Db.assign(DemoIds.COMM_DEMO_SUBJECT, DemoIds.ENT_DEMO);
    var body = valid();
    body.put("enterpriseId", DemoIds.ENT_DEMO.toString());
    String visit = java.util.UUID.randomUUID().toString();
    body.put("visitId", visit);
    given()
        .auth()
        .oauth2(Tokens.of("comm-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(201)
        .body("enterpriseId", equalTo(DemoIds.ENT_DEMO.toString()))
        .body("recordedByCommissioner", equalTo(true))
        .body("recordedByName", equalTo("comm-demo"))
        .body("visitId", equalTo(visit));
    // The firm sees it among its own needs, marked as recorded by its commissioner.
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/tech-needs")
        .then()
        .statusCode(200)
        .body("items.find { it.visitId == '" + visit + "' }.recordedByCommissioner", equalTo(true));
    given()
        .auth()
        .oauth2(Tokens.of("comm-demo"))
        .when()
        .get("/api/v1/tech-needs?enterpriseId=" + DemoIds.ENT_DEMO)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].enterpriseId", equalTo(DemoIds.ENT_DEMO.toString()));
    // Only a commissioner's need carries a visit.
    var own = valid();
    own.put("visitId", visit);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(own)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("visitId"));
    body.remove("visitId");
    body.put("enterpriseId", DemoIds.ENT_DEMO_2.toString());
    given()
        .auth()
        .oauth2(Tokens.of("comm-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(403);
  }

  @Test
  void anAdminCannotPostForAnEnterpriseThePlatformDoesNotKnow() {
    var body = valid();
    body.put("enterpriseId", "7f000000-0000-4000-8000-00000000dead");
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .header("Idempotency-Key", "unknown-firm-1")
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/enterprise-unknown"))
        .body("title", equalTo("企业不存在"))
        .body("violations[0].field", equalTo("enterpriseId"))
        .body("detail", containsString("平台企业库中不存在"));
    assertThat(Db.count("select count(*) from tech_need")).isZero();
    assertThat(Db.count("select count(*) from search_outbox")).isZero();
    assertThat(Db.count("select count(*) from idempotency_key")).isZero();
    assertThat(Db.count("select count(*) from audit_log")).isZero();
  }

  @Test
  void anAdminPostsForAnEnterpriseTheEventsAnnounced() {
    Db.knownEnterprise(DemoIds.ENT_DEMO_2, null, "示范企业二");
    var body = valid();
    body.put("enterpriseId", DemoIds.ENT_DEMO_2.toString());
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(201)
        .body("enterpriseId", equalTo(DemoIds.ENT_DEMO_2.toString()));
  }

  @Test
  void aVagueNeedIsPublishedAsToBeCompletedWithGuidanceAndTheDraftCheckSaysTheSame() {
    var body = new HashMap<String, Object>();
    body.put("title", "注塑件");
    body.put("publicSummary", "想找专家合作。");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(201)
        .body("status", equalTo("OPEN"))
        .body("quality.status", equalTo("NEEDS_WORK"))
        .body("quality.statusName", equalTo("待完善"))
        .body("quality.checks.find { it.id == 'parameters' }.passed", equalTo(false))
        .body("quality.guidance", containsString("目前注塑件的良品率约 92%，希望提高到 97% 以上"));
    // A commissioner filling the form on a visit gets the same help before saving anything.
    given()
        .auth()
        .oauth2(Tokens.of("comm-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs/quality-check")
        .then()
        .statusCode(200)
        .body("status", equalTo("NEEDS_WORK"))
        .body("checks.size()", equalTo(6));
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs/quality-check")
        .then()
        .statusCode(403);
    assertThat(Db.count("select count(*) from tech_need")).isEqualTo(1);
  }

  @Test
  void othersSeeAPublishedNeedWithoutItsGuidance() {
    String id =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(valid())
            .when()
            .post("/api/v1/tech-needs")
            .then()
            .statusCode(201)
            .body("quality.status", equalTo("PASSED"))
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .when()
        .get("/api/v1/tech-needs/" + id)
        .then()
        .statusCode(200)
        .body("quality", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void aUniversityCannotPost() {
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .contentType(ContentType.JSON)
        .body(valid())
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(403);
  }

  @Test
  void updatesNeedIfMatchAndAStaleOneIs412() {
    String id =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(valid())
            .when()
            .post("/api/v1/tech-needs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    var body = valid();
    body.put("status", "PAUSED");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/tech-needs/" + id)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .header("If-Match", "\"0\"")
        .when()
        .put("/api/v1/tech-needs/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("PAUSED"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .header("If-Match", "\"0\"")
        .when()
        .put("/api/v1/tech-needs/" + id)
        .then()
        .statusCode(412)
        .body("title", equalTo("数据已被他人修改"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .contentType(ContentType.JSON)
        .body(body)
        .header("If-Match", "\"1\"")
        .when()
        .put("/api/v1/tech-needs/" + id)
        .then()
        .statusCode(404);
  }

  @Test
  void anIdempotentRepeatReturnsTheFirstNeed() {
    String first =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(valid())
            .header("Idempotency-Key", "visit-2025-001")
            .when()
            .post("/api/v1/tech-needs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(valid())
        .header("Idempotency-Key", "visit-2025-001")
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(200)
        .body("id", equalTo(first));
    assertThat(Db.count("select count(*) from tech_need")).isEqualTo(1);
  }

  @Test
  void malformedJsonIsAProblem() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body("{\"title\": [1,2")
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("budgetMin", "很多"))
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("budgetMin"));
  }
}
