package cn.gov.huaian.zjtx.enterprise.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.DemoIds;
import cn.gov.huaian.zjtx.enterprise.support.Fixtures;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Registering and editing enterprise profiles over HTTP. */
@QuarkusTest
@Tag("servers")
class EnterpriseProfileTest {

  @BeforeEach
  void empty() {
    Db.reset();
  }

  private static String admin() {
    return Tokens.of("admin-demo");
  }

  @Test
  void anAdminRegistersAnEnterpriseAndItsClusterIsDerived() {
    var body = Fixtures.profile();
    String location =
        given()
            .auth()
            .oauth2(admin())
            .contentType(ContentType.JSON)
            .body(body)
            .when()
            .post("/api/v1/enterprises")
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .header("Location", startsWith("http"))
            .body("creditCode", equalTo(body.get("creditCode")))
            .body("cluster", equalTo("ai"))
            .body("clusterName", equalTo("人工智能"))
            .body("districtName", equalTo("清江浦区"))
            .body("parkName", equalTo("高新区"))
            .body("industryName", equalTo("工业机器人制造"))
            .body("contacts[0].name", equalTo("王敏"))
            .extract()
            .header("Location");
    given()
        .auth()
        .oauth2(admin())
        .when()
        .get(location)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("name", equalTo(body.get("name")));
    given()
        .auth()
        .oauth2(admin())
        .header("If-None-Match", "\"0\"")
        .when()
        .get(location)
        .then()
        .statusCode(304);
  }

  @Test
  void theSameIdempotencyKeyReplaysTheFirstResult() {
    var body = Fixtures.profile();
    String first =
        given()
            .auth()
            .oauth2(admin())
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", "k-1")
            .body(body)
            .when()
            .post("/api/v1/enterprises")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String again =
        given()
            .auth()
            .oauth2(admin())
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", "k-1")
            .body(body)
            .when()
            .post("/api/v1/enterprises")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .path("id");
    assertThat(again).isEqualTo(first);
    assertThat(Db.count("select count(*) from enterprise")).isEqualTo(1);

    var other = Fixtures.profile();
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", "k-1")
        .body(other)
        .when()
        .post("/api/v1/enterprises")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }

  @Test
  void aDuplicateCreditCodeIs409() {
    var body = Fixtures.profile();
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/enterprises")
        .then()
        .statusCode(201);
    var twin = Fixtures.profile((String) body.get("creditCode"), "另一家公司");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(twin)
        .when()
        .post("/api/v1/enterprises")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", startsWith("统一社会信用代码 " + body.get("creditCode") + " 已登记"));
  }

  @Test
  void anInvalidRequestNamesEveryFieldAndWritesNothing() {
    var body = Fixtures.profile("91320800MA1MG4YK63", "");
    body.put("districtCode", "110101");
    body.put("industryCode", "9999");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/enterprises")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItems("creditCode", "name", "districtCode", "industryCode"))
        .body("violations.find { it.field == 'creditCode' }.message", startsWith("统一社会信用代码校验位不正确"));
    assertThat(Db.count("select count(*) from enterprise")).isZero();
  }

  @Test
  void aDerivedOrUnknownFieldIsRefused() {
    var body = Fixtures.profile();
    body.put("cluster", "ai");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/enterprises")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("cluster"));
    var badDate = Fixtures.profile();
    badDate.put("foundedOn", "2012-13-45");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(badDate)
        .when()
        .post("/api/v1/enterprises")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("foundedOn"))
        .body("violations[0].message", equalTo("日期格式不正确，应为 YYYY-MM-DD"));
  }

  @Test
  void anUpdateNeedsTheCurrentETagAndAStaleOneIs412() {
    var body = Fixtures.profile();
    String id =
        given()
            .auth()
            .oauth2(admin())
            .contentType(ContentType.JSON)
            .body(body)
            .when()
            .post("/api/v1/enterprises")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    body.put("industryCode", "2710");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/enterprises/" + id)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body)
        .when()
        .put("/api/v1/enterprises/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("cluster", equalTo("biomedicine"))
        .body("version", equalTo(1));
    body.put("name", "迟到的修改");
    given()
        .auth()
        .oauth2(admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body)
        .when()
        .put("/api/v1/enterprises/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    assertThat(Db.scalar("select name from enterprise where id = ?1", UUID.fromString(id)))
        .isNotEqualTo("迟到的修改");
  }

  @Test
  void anEnterpriseEditsOnlyItsOwnProfileAndCannotChangeItsCreditCode() {
    var own = Fixtures.profile();
    var other = Fixtures.profile();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              insert(DemoIds.ENT_DEMO, own);
              insert(DemoIds.ENT_DEMO_2, other);
            });
    own.put("mainProduct", "激光焊接机器人");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(own)
        .when()
        .put("/api/v1/enterprises/" + DemoIds.ENT_DEMO)
        .then()
        .statusCode(200)
        .body("mainProduct", equalTo("激光焊接机器人"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(other)
        .when()
        .put("/api/v1/enterprises/" + DemoIds.ENT_DEMO_2)
        .then()
        .statusCode(404);
    own.put("creditCode", Fixtures.creditCode());
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(own)
        .when()
        .put("/api/v1/enterprises/" + DemoIds.ENT_DEMO)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Fixtures.profile())
        .when()
        .post("/api/v1/enterprises")
        .then()
        .statusCode(403);
  }

  @Test
  void editingTheClusterMappingReassignsEnterprises() {
    var body = Fixtures.profile();
    body.put("industryCode", "3511");
    String id =
        given()
            .auth()
            .oauth2(admin())
            .contentType(ContentType.JSON)
            .body(body)
            .when()
            .post("/api/v1/enterprises")
            .then()
            .statusCode(201)
            .body("cluster", equalTo("intelligent-equipment"))
            .extract()
            .path("id");
    try {
      given()
          .auth()
          .oauth2(admin())
          .contentType(ContentType.JSON)
          .body(Map.of("cluster", "新兴数字产业"))
          .when()
          .put("/api/v1/reference/cluster-mapping/3511")
          .then()
          .statusCode(200)
          .body("enterprisesReassigned", equalTo(1));
      given()
          .auth()
          .oauth2(admin())
          .when()
          .get("/api/v1/enterprises/" + id)
          .then()
          .body("cluster", equalTo("digital"))
          .header("ETag", "\"1\"");
      given()
          .auth()
          .oauth2(Tokens.of("ent-demo"))
          .contentType(ContentType.JSON)
          .body(Map.of("cluster", "ai"))
          .when()
          .put("/api/v1/reference/cluster-mapping/3511")
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(admin())
          .contentType(ContentType.JSON)
          .body(Map.of("cluster", "不存在"))
          .when()
          .put("/api/v1/reference/cluster-mapping/3511")
          .then()
          .statusCode(400)
          .body("violations[0].field", equalTo("cluster"));
    } finally {
      given()
          .auth()
          .oauth2(admin())
          .when()
          .delete("/api/v1/reference/cluster-mapping/3511")
          .then()
          .statusCode(200);
    }
    given()
        .auth()
        .oauth2(admin())
        .when()
        .get("/api/v1/enterprises/" + id)
        .then()
        .body("cluster", equalTo("intelligent-equipment"));
  }

  @Test
  void referenceDataIsServed() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/reference/districts")
        .then()
        .statusCode(200)
        .body("size()", equalTo(8));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/reference/towns?district=320871")
        .then()
        .statusCode(200)
        .body("size()", equalTo(10));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/reference/clusters")
        .then()
        .statusCode(200)
        .body("size()", equalTo(10));
  }

  private static void insert(UUID id, Map<String, Object> p) {
    var e = new Enterprise();
    e.id = id;
    e.creditCode = (String) p.get("creditCode");
    e.name = (String) p.get("name");
    e.districtCode = (String) p.get("districtCode");
    e.industryCode = (String) p.get("industryCode");
    e.persist();
  }
}
