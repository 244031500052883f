package cn.gov.huaian.zjtx.enterprise.tiers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.Fixtures;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("servers")
class TiersAndPoolsTest {
  String id;
  String admin;

  @BeforeEach
  void oneEnterprise() {
    Db.reset();
    admin = Tokens.of("admin-demo");
    id =
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(Fixtures.profile())
            .when()
            .post("/api/v1/enterprises")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  @Test
  void certifyingATierMakesItTheEnterprisesTierUntilRevoked() {
    String base = "/api/v1/enterprises/" + id + "/qualifications";
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind",
                "innovative-sme",
                "level",
                "provincial",
                "batch",
                "2023 年第一批",
                "grantedOn",
                "2023-06-01",
                "reviewOn",
                LocalDate.now().plusYears(1).toString()))
        .when()
        .post(base)
        .then()
        .statusCode(201)
        .body("kindName", equalTo("创新型中小企业"))
        .body("current", equalTo(true));
    String srdi =
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "kind",
                    "srdi-sme",
                    "level",
                    "省级",
                    "batch",
                    "2024 年",
                    "grantedOn",
                    "2024-12-01"))
            .when()
            .post(base)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(admin)
        .when()
        .get("/api/v1/enterprises/" + id)
        .then()
        .body("tier", equalTo("srdi-sme"))
        .body("tierName", equalTo("专精特新中小企业"));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "srdi-sme", "level", "provincial", "grantedOn", "2024-12-02"))
        .when()
        .post(base)
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "复核未通过", "revokedOn", LocalDate.now().toString()))
        .when()
        .post(base + "/" + srdi + "/revoke")
        .then()
        .statusCode(200)
        .body("current", equalTo(false));
    given()
        .auth()
        .oauth2(admin)
        .when()
        .get("/api/v1/enterprises/" + id)
        .then()
        .body("tier", equalTo("innovative-sme"));
    given().auth().oauth2(admin).when().get(base).then().body("$", hasSize(2));
  }

  /**
   * 奖励 are dated, ranked records: two 科技奖励 of one firm are both kept with their ranks, the same
   * award twice is a 409, and the enterprise.changed event carries each rank for the policy rules.
   */
  @Test
  void awardsAreRankedRecordsAndTravelWithTheirRanks() {
    String base = "/api/v1/enterprises/" + id + "/qualifications";
    Map<String, Object> provincial =
        Map.of(
            "kind", "tech-award",
            "level", "provincial",
            "batch", "江苏省科学技术奖二等奖",
            "grantedOn", "2025-11-20",
            "rank", 2);
    for (Map<String, Object> award :
        java.util.List.of(
            provincial,
            Map.<String, Object>of(
                "kind", "tech-award", "level", "national", "grantedOn", "2021-01-08", "rank", 4))) {
      given()
          .auth()
          .oauth2(admin)
          .contentType(ContentType.JSON)
          .body(award)
          .when()
          .post(base)
          .then()
          .statusCode(201);
    }
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(provincial)
        .when()
        .post(base)
        .then()
        .statusCode(409)
        .body("detail", equalTo("该企业已登记同一日期、同一级别的科技奖励，请勿重复登记"));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "maker-china", "level", "national", "grantedOn", "2025-09-01"))
        .when()
        .post(base)
        .then()
        .statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.hasItem("rank"));
    given()
        .auth()
        .oauth2(admin)
        .when()
        .get(base)
        .then()
        .body("$", hasSize(2))
        .body("rank", org.hamcrest.Matchers.containsInAnyOrder(2, 4))
        .body("rankLabel", org.hamcrest.Matchers.everyItem(equalTo("获奖单位排名")));
    Object ranks =
        Db.scalar(
            "select string_agg(q ->> 'rank', ',' order by q ->> 'rank') from outbox o,"
                + " jsonb_array_elements(o.payload::jsonb -> 'data' -> 'qualifications') q"
                + " where o.aggregate_id = cast(?1 as uuid)"
                + " and o.seq = (select max(seq) from outbox where aggregate_id = cast(?1 as uuid))",
            id);
    assertThat(ranks).isEqualTo("2,4");
    // what a certification form offers: each kind's levels and what its rank means
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/reference/qualification-kinds")
        .then()
        .statusCode(200)
        .body(
            "find { it.code == 'tech-award' }.levels.code",
            org.hamcrest.Matchers.contains("national", "provincial"))
        .body("find { it.code == 'tech-award' }.rankLabel", equalTo("获奖单位排名"))
        .body("find { it.code == 'maker-china' }.rankRequired", equalTo(true))
        .body("find { it.code == 'little-giant' }.tierRank", equalTo(3))
        .body("find { it.code == 'high-tech' }.rankLabel", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void onlyAdminsCertifyAndBadInputWritesNothing() {
    String base = "/api/v1/enterprises/" + id + "/qualifications";
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "innovative-sme", "level", "provincial", "grantedOn", "2023-06-01"))
        .when()
        .post(base)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "little-giant", "level", "municipal", "grantedOn", "2099-01-01"))
        .when()
        .post(base)
        .then()
        .statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.hasItems("level", "grantedOn"));
    assertThat(Db.count("select count(*) from qualification")).isZero();
  }

  @Test
  void poolsHaveDatedEntriesAndExitsWithReasons() {
    String base = "/api/v1/enterprises/" + id + "/pools";
    String entry =
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "pool",
                    "little-giant-candidates",
                    "enteredOn",
                    "2024-03-01",
                    "reason",
                    "研发投入占比 6%，细分市场占有率居全省前列"))
            .when()
            .post(base)
            .then()
            .statusCode(201)
            .body("poolName", equalTo("专精特新“小巨人”培育库"))
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("pool", "专精特新“小巨人”培育库", "enteredOn", "2024-03-02", "reason", "重复入库"))
        .when()
        .post(base)
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(admin)
        .when()
        .get("/api/v1/pools")
        .then()
        .statusCode(200)
        .body("find { it.code == 'little-giant-candidates' }.members", equalTo(1));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("exitedOn", "2024-02-01", "reason", "已认定"))
        .when()
        .post(base + "/" + entry + "/exit")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("exitedOn"));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("exitedOn", "2025-01-10", "reason", "已认定为小巨人"))
        .when()
        .post(base + "/" + entry + "/exit")
        .then()
        .statusCode(200)
        .body("current", equalTo(false));
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "pool", "little-giant-candidates", "enteredOn", "2025-02-01", "reason", "复核后重新入库"))
        .when()
        .post(base)
        .then()
        .statusCode(201);
    given().auth().oauth2(admin).when().get(base).then().body("$", hasSize(2));
    given().auth().oauth2(Tokens.of("ent-demo")).when().get(base).then().statusCode(404);
  }
}
