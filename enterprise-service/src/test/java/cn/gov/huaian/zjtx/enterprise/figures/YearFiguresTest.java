package cn.gov.huaian.zjtx.enterprise.figures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.Fixtures;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("servers")
class YearFiguresTest {
  String id;

  @BeforeEach
  void oneEnterprise() {
    Db.reset();
    id =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .contentType(ContentType.JSON)
            .body(Fixtures.profile())
            .when()
            .post("/api/v1/enterprises")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  static Map<String, Object> figures(long revenue, long rd) {
    Map<String, Object> m = new HashMap<>();
    m.put("revenue", revenue);
    m.put("mainRevenue", revenue * 8 / 10);
    m.put("rdSpending", rd);
    m.put("rdStaff", 12);
    m.put("totalStaff", 80);
    m.put("totalAssets", 60_000_000);
    m.put("totalLiabilities", 24_000_000);
    m.put("inventionPatents", 3);
    m.put("cncRate", 55.5);
    m.put("cloudStar", 3);
    return m;
  }

  @Test
  void figuresAreEnteredAndDerivedFiguresComputed() {
    String admin = Tokens.of("admin-demo");
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(figures(40_000_000, 1_200_000))
        .when()
        .put("/api/v1/enterprises/" + id + "/figures/2023")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(figures(50_000_000, 2_000_000))
        .when()
        .put("/api/v1/enterprises/" + id + "/figures/2024")
        .then()
        .statusCode(200)
        .body("derived.rdRatio", equalTo(0.04f))
        .body("derived.revenueGrowth", equalTo(0.25f))
        .body("derived.debtRatio", equalTo(0.4f))
        .body("derived.twoYearAvgRdSpending", equalTo(1600000.00f));
    given()
        .auth()
        .oauth2(admin)
        .when()
        .get("/api/v1/enterprises/" + id + "/figures")
        .then()
        .statusCode(200)
        .body("year", hasItems(2024, 2023));
    // each change of figures is a new version of the enterprise
    given()
        .auth()
        .oauth2(admin)
        .when()
        .get("/api/v1/enterprises/" + id)
        .then()
        .header("ETag", "\"2\"");
  }

  @Test
  void replacingNeedsTheETagAndADerivedFigureCannotBeEntered() {
    String admin = Tokens.of("admin-demo");
    String url = "/api/v1/enterprises/" + id + "/figures/2024";
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(figures(1, 0))
        .when()
        .put(url)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(figures(2, 0))
        .when()
        .put(url)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(figures(2, 0))
        .when()
        .put(url)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(figures(3, 0))
        .when()
        .put(url)
        .then()
        .statusCode(412);
    var withDerived = figures(2, 0);
    withDerived.put("rdRatio", 0.5);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(withDerived)
        .when()
        .put(url)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("rdRatio"));
  }

  @Test
  void invalidFiguresWriteNothing() {
    var bad = figures(-5, 0);
    bad.put("cloudStar", 9);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(bad)
        .when()
        .put("/api/v1/enterprises/" + id + "/figures/2024")
        .then()
        .statusCode(400)
        .body("violations.field", hasItems("revenue", "cloudStar", "mainRevenue"))
        .body("violations.find { it.field == 'cloudStar' }.message", equalTo("上云星级应在 0 到 5 星 之间"));
    assertThat(Db.count("select count(*) from year_figures")).isZero();
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(figures(1, 0))
        .when()
        .put("/api/v1/enterprises/" + id + "/figures/1980")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("year"));
  }

  @Test
  void anotherEnterprisesFiguresAreInvisible() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/enterprises/" + id + "/figures")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(figures(1, 0))
        .when()
        .put("/api/v1/enterprises/" + id + "/figures/2024")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/enterprises/" + UUID.randomUUID() + "/figures/2024")
        .then()
        .statusCode(404);
  }

  @Test
  void taxAndCertificationFiguresAreKeptAndALossIsAllowed() {
    String admin = Tokens.of("admin-demo");
    Map<String, Object> body = figures(50_000_000, 2_000_000);
    body.put("taxableIncome", -1_250_000.5);
    body.put("techStaff", 30);
    body.put("highTechRevenue", 35_000_000);
    body.put("domesticRdSpending", 1_900_000);
    body.put("totalCosts", 46_000_000);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .put("/api/v1/enterprises/" + id + "/figures/2024")
        .then()
        .statusCode(200)
        .body("entered.taxableIncome", equalTo(-1250000.5f))
        .body("entered.techStaff", equalTo(30))
        .body("entered.totalCosts", equalTo(46000000));

    body.put("techStaff", 81); // more than the 80 staff
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(body)
        .when()
        .put("/api/v1/enterprises/" + id + "/figures/2024")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItems("techStaff"))
        .body("violations.message", hasItems("科技人员数不能大于从业人员数"));
    assertThat(
            Db.count(
                "select count(*) from year_figures where tech_staff = 30 and taxable_income = -1250000.50"))
        .as("the refused change wrote nothing")
        .isEqualTo(1);
  }
}
