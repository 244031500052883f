package cn.gov.huaian.zjtx.policy.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.catalog.Program;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Matches;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 按日期取规则：per family the version in force on the evaluation date is used and cited; history versions
 * are not offered today but stay evaluable for a past date.
 */
@QuarkusTest
@Tag("servers")
class RulesByDateTest {
  @Inject ProgramSet programs;

  private static UUID id(String code) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Program.<Program>find("code", code).firstResult().id);
  }

  @Test
  void todayEachFamilyIsEvaluatedWithTheVersionInForce() {
    var live = programs.live();
    assertThat(live).extracting(LiveProgram::code).contains("tier.zjtx-sme.2026");
    assertThat(live)
        .extracting(LiveProgram::code)
        .doesNotContain("tier.zjtx-sme.2022", "tier.innovative-sme.2022", "ha.policy-direct.2023");
    assertThat(live.stream().filter(p -> p.family().equals("tier.zjtx-sme"))).hasSize(1);
    assertThat(live.stream().map(LiveProgram::family).distinct().count()).isEqualTo(live.size());
  }

  @Test
  void aResultCitesItsVersionAndAPastDateUsesTheHistoryVersion() {
    var firm = EnterpriseEvents.firm(UUID.randomUUID());
    firm.version(1);
    EnterpriseEvents.publish(firm.event("enterprise.changed"));
    Matches.awaitFacts(firm.id(), 1);
    UUID current = id("tier.zjtx-sme.2026");

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/enterprises/" + firm.id() + "/matches/" + current)
        .then()
        .statusCode(200)
        .body("code", equalTo("tier.zjtx-sme.2026"))
        .body("family", equalTo("tier.zjtx-sme"))
        .body("docNumber", equalTo("工信部企业〔2026〕2号"))
        .body("history", equalTo(false));

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .queryParam("on", "2025-06-01")
        .get("/api/v1/enterprises/" + firm.id() + "/matches/" + current)
        .then()
        .statusCode(200)
        .body("code", equalTo("tier.zjtx-sme.2022"))
        .body("docNumber", equalTo("工信部企业〔2022〕63号"))
        .body("evaluatedOn", equalTo("2025-06-01"))
        .body("history", equalTo(true));

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .queryParam("on", "2025-13-01")
        .get("/api/v1/enterprises/" + firm.id() + "/matches/" + current)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("YYYY-MM-DD"));
  }

  @Test
  void listsShowTheVersionsInForceByDefaultAndHistoryOnRequest() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("size", 200)
        .get("/api/v1/policies")
        .then()
        .statusCode(200)
        .body("items.code", not(hasItem("ha.policy-direct.2023")))
        .body("items.lifecycle", everyItem(equalTo("IN_FORCE")));
    // Other tests publish policies of their own: the catalogue's tax preferences by category.
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("size", 200)
        .queryParam("category", "税费")
        .get("/api/v1/programs")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("tax.rd-super-deduction.2023"))
        .body("items.lifecycle", everyItem(equalTo("IN_FORCE")));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("size", 200)
        .queryParam("lifecycle", "HISTORY")
        .get("/api/v1/policies")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("ha.policy-direct.2023"))
        .body("items.lifecycle", everyItem(equalTo("HISTORY")));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("lifecycle", "SOMETIMES")
        .get("/api/v1/programs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
