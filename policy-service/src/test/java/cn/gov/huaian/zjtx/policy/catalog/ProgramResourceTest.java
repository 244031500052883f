package cn.gov.huaian.zjtx.policy.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.ProgramsApi;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Programs through the API: rules validated on write, versioned, admin-only writes, ETags,
 * idempotent creates.
 */
@io.quarkus.test.junit.QuarkusTest
@Tag("servers")
class ProgramResourceTest {
  private static String admin() {
    return Tokens.of("admin-demo");
  }

  private static long programCount() {
    return QuarkusTransaction.requiringNew().call(() -> Program.count());
  }

  @Test
  void anAdminCreatesADraftWithValidatedRulesAsVersionOne() {
    var created =
        ProgramsApi.create(ProgramsApi.policy("研发投入奖励", ProgramsApi.rdRule(3, null, 200_000)));
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    assertThat(created.header("Location")).contains("/api/v1/programs/");
    assertThat(created.<String>path("status")).isEqualTo("DRAFT");
    assertThat(created.<Integer>path("rulesVersion")).isEqualTo(1);
    assertThat(created.<Number>path("maxAmount").doubleValue()).isEqualTo(200000d);
    assertThat(created.<String>path("rules.id")).isEqualTo(created.<String>path("code"));
  }

  @Test
  void aBadRuleIs400NamingThePathOfTheBadNodeAndWritesNothing() {
    ObjectNode rules = ProgramsApi.rdRule(3, null, 200_000);
    ((ObjectNode) rules.get("eligibility").get("all").get(0).get("gte")).put("fact", "rd_ratoi");
    long before = programCount();
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(ProgramsApi.policy("坏规则", rules).toString())
        .post("/api/v1/programs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("资格规则不合法"))
        .body("violations.field", hasItem("rules.eligibility.all[0].gte.fact"))
        .body("detail", containsString("未知的事实“rd_ratoi”"));
    assertThat(programCount()).isEqualTo(before);
  }

  @Test
  void aTypeMismatchAndABadOperatorAreRefusedToo() {
    ObjectNode rules = ProgramsApi.rdRule(3, null, 200_000);
    ((ObjectNode) rules.get("eligibility").get("all").get(0).get("gte")).put("fact", "district");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(ProgramsApi.policy("类型不符", rules).toString())
        .post("/api/v1/programs")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("rules.eligibility.all[0]")));
    ObjectNode badOp = ProgramsApi.rdRule(3, null, 1);
    ((ObjectNode) badOp.get("eligibility").get("all").get(0))
        .set("bigger", badOp.get("eligibility").get("all").get(0).get("gte"));
    ((ObjectNode) badOp.get("eligibility").get("all").get(0)).remove("gte");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(ProgramsApi.policy("坏运算符", badOp).toString())
        .post("/api/v1/programs")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("rules.eligibility.all[0]")));
  }

  @Test
  void badFieldsAreChinese400s() {
    ObjectNode body = ProgramsApi.policy("", ProgramsApi.rdRule(3, null, 1));
    body.put("category", "娱乐");
    body.put("validFrom", "2026-01-01").put("validTo", "2025-01-01");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/v1/programs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItems("title"));
    body.put("title", "类别不对");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/v1/programs")
        .then()
        .statusCode(400)
        .body("violations.field", hasItems("category", "validTo"));
  }

  @Test
  void aBadFilterIsA400NamingTheParameter() {
    given()
        .auth()
        .oauth2(admin())
        .queryParam("kind", "SUBSIDY")
        .get("/api/v1/programs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("kind"));
    given()
        .auth()
        .oauth2(admin())
        .queryParam("status", "GONE")
        .get("/api/v1/programs")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("status"));
  }

  @Test
  void onlyAdminsWrite() {
    for (String user : new String[] {"ent-demo", "uni-demo", "comm-demo"}) {
      given()
          .auth()
          .oauth2(Tokens.of(user))
          .contentType(ContentType.JSON)
          .body(ProgramsApi.policy("越权", ProgramsApi.rdRule(3, null, 1)).toString())
          .post("/api/v1/programs")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
  }

  @Test
  void aRulesChangeMakesANewVersionAMetadataChangeDoesNot() {
    ObjectNode body = ProgramsApi.policy("版本测试", ProgramsApi.rdRule(3, null, 100_000));
    var created = ProgramsApi.create(body);
    String id = created.path("id");
    body.put("summary", "只改摘要");
    var v1 =
        given()
            .auth()
            .oauth2(admin())
            .contentType(ContentType.JSON)
            .header("If-Match", created.header("ETag"))
            .body(body.toString())
            .put("/api/v1/programs/" + id)
            .then()
            .statusCode(200)
            .body("rulesVersion", equalTo(1))
            .extract();
    body.set("rules", ProgramsApi.rdRule(2.5, null, 100_000));
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .header("If-Match", v1.header("ETag"))
        .body(body.toString())
        .put("/api/v1/programs/" + id)
        .then()
        .statusCode(200)
        .body("rulesVersion", equalTo(2))
        .body("rules.eligibility.all[0].gte.value", equalTo(2.5f));
    given()
        .auth()
        .oauth2(admin())
        .get("/api/v1/programs/" + id + "/versions")
        .then()
        .statusCode(200)
        .body("number", org.hamcrest.Matchers.contains(2, 1));
  }

  @Test
  void writesNeedAFreshIfMatch() {
    ObjectNode body = ProgramsApi.policy("并发测试", ProgramsApi.rdRule(3, null, 1));
    String id = ProgramsApi.create(body).path("id");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(body.toString())
        .put("/api/v1/programs/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(body.toString())
        .put("/api/v1/programs/" + id)
        .then()
        .statusCode(412)
        .body("title", equalTo("数据已被他人修改"));
    given()
        .auth()
        .oauth2(admin())
        .header("If-Match", "\"7\"")
        .post("/api/v1/programs/" + id + "/publish")
        .then()
        .statusCode(412);
  }

  @Test
  void draftsAreHiddenFromReadersUntilPublished() {
    ObjectNode body = ProgramsApi.policy("发布测试", ProgramsApi.rdRule(3, null, 1));
    var created = ProgramsApi.create(body);
    String id = created.path("id");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .get("/api/v1/programs/" + id)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(admin())
        .header("If-Match", created.header("ETag"))
        .post("/api/v1/programs/" + id + "/publish")
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("publishedAt", notNullValue());
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .get("/api/v1/programs/" + id)
        .then()
        .statusCode(200)
        .body("rulesVersion", equalTo(1));
  }

  @Test
  void anIdempotencyKeyReplaysTheSameProgramAndRefusesAnotherBody() {
    String key = UUID.randomUUID().toString();
    ObjectNode body = ProgramsApi.policy("幂等测试", ProgramsApi.rdRule(3, null, 1));
    String first =
        given()
            .auth()
            .oauth2(admin())
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body.toString())
            .post("/api/v1/programs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    long count = programCount();
    String second =
        given()
            .auth()
            .oauth2(admin())
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body.toString())
            .post("/api/v1/programs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(second).isEqualTo(first);
    assertThat(programCount()).isEqualTo(count);
    body.put("title", "另一个请求");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body.toString())
        .post("/api/v1/programs")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }

  @Test
  void theCatalogueTiersAreLoadedPublishedAndReadableByAllWithTheirHistory() {
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .queryParam("kind", "CERTIFICATION")
        .queryParam("size", 200)
        .get("/api/v1/programs")
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems(
                "tier.tech-innovative-sme.2026",
                "tier.zjtx-sme.2026",
                "tier.little-giant.2026",
                "tier.manufacturing-champion.2023"))
        .body("items.find { it.code == 'tier.zjtx-sme.2026' }.family", equalTo("tier.zjtx-sme"))
        .body("items.find { it.code == 'tier.zjtx-sme.2026' }.benefitKind", equalTo("认定类"))
        .body("items.find { it.code == 'tier.zjtx-sme.2026' }.lifecycle", equalTo("IN_FORCE"))
        // History versions are listed on request only; the seed of before the catalogue is gone.
        .body("items.code", org.hamcrest.Matchers.not(hasItem("tier.zjtx-sme.2022")))
        .body("items.code", org.hamcrest.Matchers.not(hasItem("tier.zjtx-sme")));
    given()
        .auth()
        .oauth2(Tokens.of("expert-demo"))
        .queryParam("kind", "CERTIFICATION")
        .queryParam("lifecycle", "ALL")
        .queryParam("size", 200)
        .get("/api/v1/programs")
        .then()
        .statusCode(200)
        .body("items.find { it.code == 'tier.zjtx-sme.2022' }.family", equalTo("tier.zjtx-sme"))
        .body("items.find { it.code == 'tier.zjtx-sme.2022' }.lifecycle", equalTo("HISTORY"))
        .body("items.find { it.code == 'tier.zjtx-sme.2022' }.status", equalTo("PUBLISHED"));
  }
}
