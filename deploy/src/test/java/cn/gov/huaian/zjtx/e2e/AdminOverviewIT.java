package cn.gov.huaian.zjtx.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 7: the admin overview's cooperations part always failed (405: matchmaking had no
 * list) and its tech-needs part listed every firm's needs (enterpriseId was ignored).
 */
class AdminOverviewIT {
  static final String ENT_DEMO = "0a6e3c1e-5b1f-4d6a-9b0e-000000000001";

  @Test
  void everyPartIsAboutTheOneEnterprise() {
    Platform.as("admin-demo")
        .get("/api/v1/admin/enterprises/" + ENT_DEMO + "/overview")
        .then()
        .statusCode(200)
        .body("parts.cooperations.status", equalTo("OK"))
        .body("parts.cooperations.data.items.enterpriseId", everyItem(equalTo(ENT_DEMO)))
        .body("parts.tech-needs.status", equalTo("OK"))
        .body("parts.tech-needs.data.items.enterpriseId", everyItem(equalTo(ENT_DEMO)));
  }
}
