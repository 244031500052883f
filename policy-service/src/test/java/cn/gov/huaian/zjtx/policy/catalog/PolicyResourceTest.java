package cn.gov.huaian.zjtx.policy.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
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
              // the catalogue's policies only (other tests read them).
              Program.getEntityManager()
                  .createNativeQuery(
                      "delete from application where program_id in (select id from program where kind = 'POLICY' and catalog_file is null)")
                  .executeUpdate();
              Program.delete("kind = ?1 and catalogFile is null", Program.Kind.POLICY);
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

  /** The catalogue's published policies in force today (the list's default). */
  private static long catalogueInForce() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Program.count(
                    "kind = ?1 and status = ?2 and catalogFile is not null and (validTo is null or validTo >= ?3)",
                    Program.Kind.POLICY,
                    Program.Status.PUBLISHED,
                    Program.today()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin-demo", "ent-demo", "uni-demo", "expert-demo", "comm-demo"})
  void everyRoleReadsPublishedPoliciesOnly(String user) {
    given()
        .auth()
        .oauth2(Tokens.of(user))
        .when()
        .queryParam("size", 200)
        .get("/api/v1/policies")
        .then()
        .statusCode(200)
        .body("total", equalTo((int) catalogueInForce() + 1))
        .body("items.title", org.hamcrest.Matchers.hasItem("专精特新企业研发费用奖补"))
        .body("items.title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("尚未发布的草案政策")));
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
