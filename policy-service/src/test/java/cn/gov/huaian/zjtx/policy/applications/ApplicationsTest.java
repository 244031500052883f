package cn.gov.huaian.zjtx.policy.applications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.DemoIds;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Matches;
import cn.gov.huaian.zjtx.policy.support.ProgramsApi;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** 申报 → 审核 → 兑付 through the API, with the checks that keep it honest. */
@QuarkusTest
@Tag("servers")
class ApplicationsTest {
  static final String SHA = "a".repeat(64);
  UUID program;

  @BeforeEach
  void enterpriseAndProgram() {
    long version = System.currentTimeMillis();
    EnterpriseEvents.publish(
        EnterpriseEvents.firm(DemoIds.ENT_DEMO).version(version).event("enterprise.changed"));
    Matches.awaitFacts(DemoIds.ENT_DEMO, version);
    program =
        ProgramsApi.createAndPublish(
            ProgramsApi.policy("研发奖励（申报测试）", ProgramsApi.rdRule(3, null, 100_000)));
  }

  private static String apps() {
    return "/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/applications";
  }

  private Map<String, Object> body(UUID programId) {
    return Map.of(
        "programId",
        programId.toString(),
        "form",
        Map.of("contactName", "张三", "project", "高端PCB研发"),
        "attachments",
        List.of(
            Map.of(
                "name",
                "研发费用专项审计报告.pdf",
                "contentType",
                "application/pdf",
                "size",
                204800,
                "sha256",
                SHA)),
        "requestedAmount",
        100000);
  }

  private static long count() {
    return QuarkusTransaction.requiringNew().call(() -> Application.count());
  }

  @Test
  void theFormIsPrefilledFromTheEnterprisesFacts() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("programId", program.toString())
        .get(apps() + "/draft")
        .then()
        .statusCode(200)
        .body("eligibility", equalTo("ELIGIBLE"))
        .body("form.enterpriseName", notNullValue())
        .body("form.facts.find { it.fact == 'rd_ratio' }.value", equalTo("4%"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .queryParam("programId", program.toString())
        .get(apps() + "/draft")
        .then()
        .statusCode(404);
  }

  @Test
  void applyReviewAndPayOutWithTimesReported() {
    var submitted =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .contentType(ContentType.JSON)
            .body(body(program))
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .post(apps())
            .then()
            .statusCode(201)
            .body("status", equalTo("SUBMITTED"))
            .body("rulesVersion", equalTo(1))
            .extract();
    String id = submitted.path("id");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body(program))
        .post(apps())
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .get("/api/v1/applications/" + id)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("decision", "APPROVE", "approvedAmount", 1))
        .post("/api/v1/applications/" + id + "/decision")
        .then()
        .statusCode(403);

    String decision = "/api/v1/applications/" + id + "/decision";
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("decision", "APPROVE", "approvedAmount", 80000))
        .post(decision)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", submitted.header("ETag"))
        .body(Map.of("decision", "REJECT"))
        .post(decision)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("reason"));
    var approved =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .contentType(ContentType.JSON)
            .header("If-Match", submitted.header("ETag"))
            .body(Map.of("decision", "APPROVE", "approvedAmount", 80000, "reason", "材料齐全"))
            .post(decision)
            .then()
            .statusCode(200)
            .body("status", equalTo("APPROVED"))
            .extract();
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", approved.header("ETag"))
        .body(Map.of("decision", "REJECT", "reason", "再审"))
        .post(decision)
        .then()
        .statusCode(409);

    String payout = "/api/v1/applications/" + id + "/payout";
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", approved.header("ETag"))
        .body(Map.of("amount", 90000, "reference", "HA-2025-0001"))
        .post(payout)
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", approved.header("ETag"))
        .body(Map.of("amount", 80000, "reference", "HA-2025-0001"))
        .post(payout)
        .then()
        .statusCode(200)
        .body("status", equalTo("PAID"))
        .body("statusLabel", equalTo("已兑付"));

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/applications/stats")
        .then()
        .statusCode(200)
        .body("find { it.programId == '" + program + "' }.paid", equalTo(1))
        .body("find { it.programId == '" + program + "' }.avgHoursToDecision", notNullValue())
        .body("find { it.programId == '" + program + "' }.avgDaysToPayout", notNullValue());
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .get(apps())
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
  }

  /**
   * 申报期: before the opening the draft says when the batch opens and a submission is refused with
   * both dates; a period that ends before it starts is a 400 naming the field.
   */
  @Test
  void beforeTheOpeningNothingIsSubmitted() {
    LocalDate opens = LocalDate.now().plusDays(30);
    ObjectNode later = ProgramsApi.policy("下一批次（申报测试）", ProgramsApi.rdRule(3, null, 1));
    later.put("validTo", opens.plusYears(1).toString());
    later.put("applyOpensOn", opens.toString());
    later.put("applyDeadline", opens.plusDays(30).toString());
    UUID notYet = ProgramsApi.createAndPublish(later);
    long before = count();

    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("programId", notYet.toString())
        .get(apps() + "/draft")
        .then()
        .statusCode(200)
        .body("period.state", equalTo("NOT_OPEN"))
        .body("period.stateLabel", equalTo("未开始"))
        .body("period.text", equalTo(opens + " 至 " + opens.plusDays(30)));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body(notYet))
        .post(apps())
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("title", equalTo("申报尚未开始"))
        .body("detail", containsString(opens + " 开始"))
        .body("detail", containsString(opens.plusDays(30) + " 截止"));
    assertThat(count()).isEqualTo(before);

    ObjectNode backwards = ProgramsApi.policy("倒置的申报期（申报测试）", ProgramsApi.rdRule(3, null, 1));
    backwards.put("applyOpensOn", "2027-06-01");
    backwards.put("applyDeadline", "2027-05-01");
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(backwards)
        .post("/api/v1/programs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("applyOpensOn"));
  }

  @Test
  void badApplicationsAreChinese4xxAndWriteNothing() {
    long before = count();
    Map<String, Object> badAttachment = new java.util.HashMap<>(body(program));
    badAttachment.put(
        "attachments",
        List.of(
            Map.of(
                "name",
                "x.exe",
                "contentType",
                "application/x-msdownload",
                "size",
                0,
                "sha256",
                "zz")));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(badAttachment)
        .post(apps())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("attachments[0].sha256"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body(UUID.randomUUID()))
        .post(apps())
        .then()
        .statusCode(404);
    ObjectNode exempt = ProgramsApi.policy("免申即享（申报测试）", ProgramsApi.rdRule(3, null, 1));
    exempt.put("exemptApplication", true);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body(ProgramsApi.createAndPublish(exempt)))
        .post(apps())
        .then()
        .statusCode(422)
        .body("title", equalTo("免申即享项目无需申报"));
    UUID strict =
        ProgramsApi.createAndPublish(
            ProgramsApi.policy("高门槛（申报测试）", ProgramsApi.rdRule(9, null, 1)));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(body(strict))
        .post(apps())
        .then()
        .statusCode(422)
        .body("title", equalTo("不符合申报条件"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body("{\"programId\": 1}")
        .post(apps())
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    // Amounts beyond the column (numeric(16,2)) or with fractions of a fen: a 400 naming the
    // field, never a 500 from the database nor a silently rounded value.
    for (String amount : List.of("1e20", "1E+1000000000", "0.001")) {
      given()
          .auth()
          .oauth2(Tokens.of("ent-demo"))
          .contentType(ContentType.JSON)
          .body(
              "{\"programId\": \""
                  + program
                  + "\", \"form\": {\"contactName\": \"张三\"}, \"requestedAmount\": "
                  + amount
                  + "}")
          .post(apps())
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem("requestedAmount"));
    }
    assertThat(count()).isEqualTo(before);
  }
}
