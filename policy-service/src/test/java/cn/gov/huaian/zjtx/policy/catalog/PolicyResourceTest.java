package cn.gov.huaian.zjtx.policy.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.policy.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@Tag("servers")
class PolicyResourceTest {
  static final UUID DRAFT = UUID.randomUUID();

  @BeforeEach
  void onePublishedAndOneDraft() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              // Applications keep their program (no cascade in production); this test starts from
              // no policies.
              Program.getEntityManager()
                  .createNativeQuery(
                      "delete from application where program_id in (select id from program where kind = 'POLICY')")
                  .executeUpdate();
              Program.delete("kind", Program.Kind.POLICY);
              persist(UUID.randomUUID(), "专精特新企业研发费用奖补", Program.Status.PUBLISHED);
              persist(DRAFT, "尚未发布的草案政策", Program.Status.DRAFT);
            });
  }

  private static void persist(UUID id, String title, Program.Status status) {
    var p = new Program();
    p.id = id;
    p.code = "test-" + id;
    p.kind = Program.Kind.POLICY;
    p.title = title;
    p.category = "奖励";
    p.status = status;
    p.persist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin-demo", "ent-demo", "uni-demo", "expert-demo", "comm-demo"})
  void everyRoleReadsPublishedPoliciesOnly(String user) {
    given()
        .auth()
        .oauth2(Tokens.of(user))
        .when()
        .get("/api/v1/policies")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items.title", contains("专精特新企业研发费用奖补"));
  }

  @Test
  void aDraftIsNotFoundForReaders() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/policies/" + DRAFT)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void withoutTokenIs401() {
    given()
        .when()
        .get("/api/v1/policies")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}
