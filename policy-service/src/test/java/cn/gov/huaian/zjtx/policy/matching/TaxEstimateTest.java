package cn.gov.huaian.zjtx.policy.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.Await;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Matches;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 估算节税 through the API: a firm that qualifies for 研发费用加计扣除 sees the estimate computed from its R&D
 * spending and its rate, marked as an estimate, not as cash.
 */
@QuarkusTest
@Tag("servers")
class TaxEstimateTest {
  @Test
  void aHighTechFirmSeesItsRdDeductionEstimatedAtFifteenPercent() {
    var firm = EnterpriseEvents.firm(UUID.randomUUID()).rd(3_000_000, 0.06);
    firm.qualification("high-tech", "national");
    EnterpriseEvents.publish(firm.event("enterprise.changed"));
    UUID rd = Matches.catalogueProgram("tax.rd-super-deduction.2023");

    Map<String, Object> result =
        Await.until(
            () -> Matches.result(firm.id(), rd).orElse(Map.of()),
            r -> "PENDING_VERIFICATION".equals(r.get("status")));
    assertThat(result.get("benefitDisplay")).isEqualTo("估算节税约 45万元");
    assertThat(result.get("monetary")).isEqualTo(false);
    @SuppressWarnings("unchecked")
    Map<String, Object> tax = (Map<String, Object>) result.get("taxSaving");
    assertThat((String) tax.get("basis")).isEqualTo("上年度研发费用 300万元 × 100% × 高新技术企业税率15%");

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/enterprises/" + firm.id() + "/matches/" + rd)
        .then()
        .statusCode(200)
        .body("benefitDisplay", equalTo("估算节税约 45万元"))
        .body("taxSaving.basis", containsString("高新技术企业税率15%"))
        .body("monetary", equalTo(false));
  }

  @Test
  void aFirmThatDoesNotQualifyGetsNoEstimate() {
    var firm = EnterpriseEvents.firm(UUID.randomUUID()).rd(0, 0);
    EnterpriseEvents.publish(firm.event("enterprise.changed"));
    UUID rd = Matches.catalogueProgram("tax.rd-super-deduction.2023");
    Map<String, Object> result =
        Await.until(
            () -> Matches.result(firm.id(), rd).orElse(Map.of()),
            r -> "NOT_ELIGIBLE".equals(r.get("status")));
    assertThat(result.get("taxSaving")).isNull();
    assertThat((String) result.get("benefitDisplay")).doesNotContain("估算");
  }
}
