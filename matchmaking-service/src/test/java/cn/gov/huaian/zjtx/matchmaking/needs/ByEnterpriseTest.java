package cn.gov.huaian.zjtx.matchmaking.needs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The two parts of the gateway's admin overview that come from here (issue 14 item 7): the
 * tech-needs part ignored enterpriseId and listed every firm's needs; the cooperations part had no
 * list to call (405).
 */
@QuarkusTest
@Tag("servers")
class ByEnterpriseTest {
  static final UUID OF_ENT1 = UUID.randomUUID();
  static final UUID OF_ENT2 = UUID.randomUUID();

  @BeforeEach
  void needsOfTwoEnterprises() {
    Db.clean();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              persist(OF_ENT1, DemoIds.ENT_DEMO, "高精度数控机床主轴热变形补偿");
              persist(OF_ENT2, DemoIds.ENT_DEMO_2, "纤维复合材料界面改性");
            });
  }

  private static void persist(UUID id, UUID enterprise, String title) {
    var n = new TechNeed();
    n.id = id;
    n.enterpriseId = enterprise;
    n.title = title;
    n.publicSummary = title + "（公开摘要）";
    n.status = TechNeed.Status.OPEN;
    n.persist();
  }

  @Test
  void needsAreListedForOneEnterprise() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .queryParam("enterpriseId", DemoIds.ENT_DEMO_2.toString())
        .get("/api/v1/tech-needs")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items.id", contains(OF_ENT2.toString()));
    // Within what the caller may see: ent-demo asking for ent-demo-2's needs gets none of them.
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("enterpriseId", DemoIds.ENT_DEMO_2.toString())
        .get("/api/v1/tech-needs")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void cooperationsAreListedForOneEnterprise() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .queryParam("enterpriseId", DemoIds.ENT_DEMO.toString())
        .get("/api/v1/cooperations")
        .then()
        .statusCode(200)
        .body("total", equalTo(0))
        .body("page", equalTo(0));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("enterpriseId", DemoIds.ENT_DEMO.toString())
        .get("/api/v1/cooperations")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .queryParam("enterpriseId", DemoIds.ENT_DEMO.toString())
        .get("/api/v1/cooperations")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/cooperations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("enterpriseId"));
  }
}
