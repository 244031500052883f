package cn.gov.huaian.zjtx.policy.applications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.DemoIds;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Matches;
import cn.gov.huaian.zjtx.policy.support.ProgramsApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: an application's form was unbounded (15 MB accepted, the admin's list became 7.5 MB); a
 * NUL in it was a 500 from PostgreSQL; a program title with an unpaired surrogate was echoed but
 * stored as '?'; bidi controls were accepted in a program's code.
 */
@QuarkusTest
@Tag("servers")
class FormBoundsTest {
  UUID program;

  @BeforeEach
  void enterpriseAndProgram() {
    long version = System.currentTimeMillis();
    EnterpriseEvents.publish(
        EnterpriseEvents.firm(DemoIds.ENT_DEMO).version(version).event("enterprise.changed"));
    Matches.awaitFacts(DemoIds.ENT_DEMO, version);
    program =
        ProgramsApi.createAndPublish(
            ProgramsApi.policy("研发奖励（表单上限测试）", ProgramsApi.rdRule(3, null, 100_000)));
  }

  private static long count() {
    return QuarkusTransaction.requiringNew().call(() -> Application.count());
  }

  private io.restassured.response.ValidatableResponse apply(String form) {
    return given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body("{\"programId\": \"" + program + "\", \"form\": " + form + "}")
        .post("/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/applications")
        .then();
  }

  @Test
  void aFormTooLargeOrTooDeepIsRefusedAndNothingIsWritten() {
    long before = count();
    apply("{\"note\": \"" + "很长".repeat(60_000) + "\"}")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("form"))
        .body("detail", containsString("64 KB"));
    apply("{\"a\":".repeat(12) + "1" + "}".repeat(12))
        .statusCode(400)
        .body("violations.field", hasItem("form"))
        .body("detail", containsString("嵌套"));
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i < 2500; i++) {
      many.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
    }
    apply(many.append("}").toString()).statusCode(400).body("violations.field", hasItem("form"));
    apply("{\"note\": \"数控\\u0000机床\"}")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://zjtx.huaian.gov.cn/problems/malformed-body"));
    apply("{\"note\\ud800\": \"x\"}").statusCode(400);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void programTextsMustBeStorableAndCodesPlain() {
    var body = ProgramsApi.policy("研发奖励\uD800标题", ProgramsApi.rdRule(3, null, 1));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(body.toString().replace("\uD800", "\\ud800"))
        .post("/api/v1/programs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("title"));
    var coded = ProgramsApi.policy("研发奖励（编码测试）", ProgramsApi.rdRule(3, null, 1));
    coded.put("code", "HA-\u202E2025-01");
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(coded.toString())
        .post("/api/v1/programs")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("code"));
  }
}
