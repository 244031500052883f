package cn.gov.huaian.zjtx.matchmaking.needs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("servers")
class TechNeedAccessTest {
  static final UUID OPEN_OF_ENT1 = UUID.randomUUID();
  static final UUID PAUSED_OF_ENT2 = UUID.randomUUID();

  @BeforeEach
  void needsOfTwoEnterprises() {
    cn.gov.huaian.zjtx.matchmaking.support.Db.clean();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              persist(OPEN_OF_ENT1, DemoIds.ENT_DEMO, "高精度数控机床主轴热变形补偿", TechNeed.Status.OPEN);
              persist(PAUSED_OF_ENT2, DemoIds.ENT_DEMO_2, "纤维复合材料界面改性", TechNeed.Status.PAUSED);
            });
  }

  private static void persist(UUID id, UUID enterprise, String title, TechNeed.Status status) {
    var n = new TechNeed();
    n.id = id;
    n.enterpriseId = enterprise;
    n.title = title;
    n.publicSummary = title + "（公开摘要）";
    n.privateDetail = "机密工艺参数";
    n.status = status;
    n.persist();
  }

  @Test
  void theOwnerSeesItsNeedWithPrivateDetail() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/tech-needs/" + OPEN_OF_ENT1)
        .then()
        .statusCode(200)
        .body("privateDetail", equalTo("机密工艺参数"));
  }

  @Test
  void anotherEnterprisesNeedIs404EvenIfOpen() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .when()
        .get("/api/v1/tech-needs/" + OPEN_OF_ENT1)
        .then()
        .statusCode(404)
        .body(not(containsString("数控")));
  }

  @Test
  void aUniversitySeesOpenNeedsWithoutPrivateDetail() {
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .when()
        .get("/api/v1/tech-needs")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items.id", contains(OPEN_OF_ENT1.toString()))
        .body("items[0].privateDetail", nullValue());
  }

  @Test
  void expertsAreListedForEveryone() {
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .when()
        .get("/api/v1/experts")
        .then()
        .statusCode(200)
        .body("page", equalTo(0));
  }
}
