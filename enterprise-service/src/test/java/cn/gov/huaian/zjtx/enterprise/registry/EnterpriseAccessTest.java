package cn.gov.huaian.zjtx.enterprise.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.huaian.zjtx.enterprise.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("servers")
class EnterpriseAccessTest {

  @BeforeEach
  void twoDemoEnterprisesAndOneOther() {
    cn.gov.huaian.zjtx.enterprise.support.Db.reset();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              persist(DemoIds.ENT_DEMO, "91320800MA1XXXXXX1", "淮安示范智能装备有限公司");
              persist(DemoIds.ENT_DEMO_2, "91320800MA1XXXXXX2", "淮安示范新材料有限公司");
              UUID third = UUID.randomUUID();
              persist(third, "91320800MA1XXXXXX3", "淮安第三食品有限公司");
              var assignment = new CommissionerAssignment();
              assignment.enterpriseId = third;
              assignment.commissionerSubject = DemoIds.COMM_DEMO_SUBJECT;
              assignment.persist();
            });
  }

  private static void persist(UUID id, String code, String name) {
    var e = new Enterprise();
    e.id = id;
    e.creditCode = code;
    e.name = name;
    e.districtCode = "320812";
    e.persist();
  }

  @Test
  void withoutTokenTheAnswerIs401ProblemInChinese() {
    given()
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("title", equalTo("未登录或登录已失效"))
        .body("status", equalTo(401));
  }

  @Test
  void aForgedTokenIsRejected() {
    String real = Tokens.of("admin-demo");
    String[] parts = real.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + "c2lnbmF0dXJlLW9mLWFuLWF0dGFja2Vy";
    given()
        .auth()
        .oauth2(forged)
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void adminSeesEveryEnterprise() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.name", hasItem("淮安第三食品有限公司"));
  }

  @Test
  void anEnterpriseUserSeesOnlyItsOwnEnterprise() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items.id", contains(DemoIds.ENT_DEMO.toString()));
  }

  @Test
  void anotherEnterprisesIdIs404WithNoForeignData() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO_2)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("企业不存在或无权访问"))
        .body(not(containsString("新材料")));
  }

  @Test
  void aCommissionerSeesOnlyAssignedEnterprises() {
    given()
        .auth()
        .oauth2(Tokens.of("comm-demo"))
        .when()
        .get("/api/v1/enterprises")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items.name", contains("淮安第三食品有限公司"));
  }

  @Test
  void anOversizedPageIsRefusedNamingTheField() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/enterprises?size=500")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("size"))
        .body("violations[0].message", equalTo("每页条数不能超过 200"));
  }

  @Test
  void theRequestIdIsKeptAndEchoed() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .header("X-Request-Id", "test-req-123")
        .when()
        .get("/api/v1/enterprises/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .header("X-Request-Id", "test-req-123")
        .body("requestId", equalTo("test-req-123"));
  }
}
