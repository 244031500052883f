package cn.gov.huaian.zjtx.policy.simulation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Matches;
import cn.gov.huaian.zjtx.policy.support.ProgramsApi;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A draft program against the population of one district, compared with the current version. */
@QuarkusTest
@Tag("servers")
class SimulationTest {
  /**
   * 金湖县 is this test's own district: its counts are exact only if no other test registers a firm
   * there.
   */
  private static final String JINHU = "320831";

  @Test
  void aLowerThresholdReachesMoreFirmsForMoreMoney() {
    for (double ratio : new double[] {0.025, 0.035, 0.045}) {
      var firm =
          EnterpriseEvents.firm(UUID.randomUUID()).district(JINHU).rd(1_000_000, ratio).version(1);
      EnterpriseEvents.publish(firm.event("enterprise.changed"));
      Matches.awaitFacts(firm.id(), 1);
    }
    ObjectNode current = ProgramsApi.policy("金湖研发奖励", ProgramsApi.rdRule(4, null, 100_000));
    current.put("regionLevel", "DISTRICT").put("districtCode", JINHU).put("budget", 150_000);
    UUID program = ProgramsApi.createAndPublish(current);

    ObjectNode request = EnterpriseEvents.MAPPER.createObjectNode();
    request.put("baseProgramId", program.toString());
    request.set("rules", ProgramsApi.rdRule(3, null, 100_000));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(request.toString())
        .post("/api/v1/simulations")
        .then()
        .statusCode(200)
        .body("current.eligible", equalTo(1))
        .body("draft.eligible", equalTo(2))
        .body("draft.applicable", equalTo(3))
        .body("draft.rulesVersion", equalTo(2))
        .body("difference.eligible", equalTo(1))
        .body("difference.entered", equalTo(1))
        .body("difference.text", startsWith("+1 家，+¥10万"))
        .body("draft.byDistrict[0].label", equalTo("金湖县"))
        .body("draft.byCluster.label", hasItem("PCB电子元器件"))
        .body("draft.byTier[0].label", equalTo("无梯度"))
        .body("exceedsBudget", equalTo(true));
  }

  @Test
  void onlyAdminsSimulateAndBadRulesAreRefusedWithTheirPath() {
    ObjectNode request = EnterpriseEvents.MAPPER.createObjectNode();
    request.set("rules", ProgramsApi.rdRule(3, null, 1));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(request.toString())
        .post("/api/v1/simulations")
        .then()
        .statusCode(403);
    ObjectNode bad = ProgramsApi.rdRule(3, null, 1);
    ((ObjectNode) bad.get("eligibility").get("all").get(0).get("gte")).put("value", "三");
    request.set("rules", bad);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(request.toString())
        .post("/api/v1/simulations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem(startsWith("rules.eligibility.all[0].gte")));
    request.put("baseProgramId", UUID.randomUUID().toString());
    request.set("rules", ProgramsApi.rdRule(3, null, 1));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(request.toString())
        .post("/api/v1/simulations")
        .then()
        .statusCode(404);
  }
}
