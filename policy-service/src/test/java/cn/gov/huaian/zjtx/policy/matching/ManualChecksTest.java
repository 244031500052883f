package cn.gov.huaian.zjtx.policy.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.catalog.Program;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Matches;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 需人工核验：a criterion the platform cannot know is never silently true. A firm that meets every
 * automatic criterion is 符合（待核验 N 项） until an admin records the check; a failed check refuses.
 */
@QuarkusTest
@Tag("servers")
class ManualChecksTest {
  /** 中小企业数字化赋能 (2025): 专精特新 firms; one manual check, in_pilot_city. */
  private static final String PROGRAM = "nat.sme-digital-empowerment.2025";

  private static Program program() {
    return QuarkusTransaction.requiringNew()
        .call(() -> Program.<Program>find("code", PROGRAM).firstResult());
  }

  private static EnterpriseEvents.Snapshot provincialFirm() {
    var firm = EnterpriseEvents.firm(UUID.randomUUID()).qualification("srdi-sme", "provincial");
    firm.version(1);
    EnterpriseEvents.publish(firm.event("enterprise.changed"));
    Matches.awaitFacts(firm.id(), 1);
    return firm;
  }

  private static void verify(UUID firm, String check, String body, int status) {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/enterprises/" + firm + "/verifications/" + check)
        .then()
        .statusCode(status);
  }

  @Test
  void anEligibleFirmWaitsForVerificationAndARecordedCheckMakesItEligible() {
    var firm = provincialFirm();
    UUID program = program().id;
    int version = program().rulesVersion;

    var pending = Matches.await(firm.id(), program, "PENDING_VERIFICATION", version);
    assertThat(pending.get("statusLabel")).isEqualTo("符合（待核验 1 项）");
    assertThat(pending.get("pendingChecks")).isEqualTo(1);
    // A service program: its kind and the document's words, never "0万元".
    assertThat(pending.get("benefitKind")).isEqualTo("非货币");
    assertThat((String) pending.get("amountText")).startsWith("非货币").doesNotContain("0万元");
    assertThat(pending.get("monetary")).isEqualTo(false);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/enterprises/" + firm.id() + "/matches/" + program)
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING_VERIFICATION"))
        .body("manualChecks[0].id", equalTo("in_pilot_city"))
        .body("manualChecks[0].state", equalTo("PENDING"))
        .body("trace.result", equalTo("MANUAL"))
        .body("trace.children.find { it.operator == '人工核验' }.resultLabel", equalTo("需人工核验"))
        .body("gaps.find { it.kind == 'VERIFY' }.text", containsString("待人工核验"))
        .body("gaps.findAll { it.kind == 'VERIFY' }[0].changes.size()", equalTo(0));

    verify(firm.id(), "in_pilot_city", "{\"passed\": true, \"note\": \"淮安市为试点城市\"}", 200);
    Matches.await(firm.id(), program, "ELIGIBLE", version);

    verify(firm.id(), "in_pilot_city", "{\"passed\": false}", 200);
    Matches.await(firm.id(), program, "NOT_ELIGIBLE", version);
  }

  @Test
  void badVerificationsAre4xxInChineseAndWriteNothing() {
    var firm = provincialFirm();
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body("{\"note\": \"没说通过与否\"}")
        .put("/api/v1/enterprises/" + firm.id() + "/verifications/in_pilot_city")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("passed"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body("{\"passed\": true}")
        .put("/api/v1/enterprises/" + firm.id() + "/verifications/no_such_check")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("核验项"));
    verify(firm.id(), "Bad-Id!", "{\"passed\": true}", 400);
    verify(
        firm.id(),
        "in_pilot_city",
        "{\"passed\": true, \"note\": \"" + "长".repeat(501) + "\"}",
        400);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body("{\"passed\": true}")
        .put("/api/v1/enterprises/" + firm.id() + "/verifications/in_pilot_city")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/enterprises/" + firm.id() + "/verifications")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }
}
