package cn.gov.huaian.zjtx.enterprise.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.huaian.zjtx.enterprise.figures.YearFigures;
import cn.gov.huaian.zjtx.enterprise.registry.CommissionerAssignment;
import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.DemoIds;
import cn.gov.huaian.zjtx.enterprise.support.Fixtures;
import cn.gov.huaian.zjtx.enterprise.tiers.Qualification;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The target dashboard, city-wide and by district, and commissioner visits and coverage. */
@QuarkusTest
@Tag("servers")
class DashboardTest {
  static final int YEAR = LocalDate.now().getYear() - 1;
  UUID a;
  UUID b;

  @BeforeEach
  void data() {
    Db.reset();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              a = enterprise("320812");
              b = enterprise("320830");
              UUID c = enterprise("320812");
              held(a, "srdi-sme", "provincial");
              held(a, "rd-institution", "provincial");
              held(b, "little-giant", "national");
              held(b, "srdi-sme", "provincial");
              held(c, "innovative-sme", "provincial");
              figures(a, 100_000_000, 5_000_000, 60, 3);
              figures(b, 300_000_000, 9_000_000, 40, 1);
              figures(c, 10_000_000, 0, 10, 0);
              assign(a, DemoIds.COMM_DEMO_SUBJECT);
              assign(b, DemoIds.COMM_DEMO_SUBJECT);
            });
  }

  static UUID enterprise(String district) {
    var e = new Enterprise();
    e.id = UUID.randomUUID();
    e.creditCode = Fixtures.creditCode();
    e.name = "看板测试企业" + e.creditCode;
    e.districtCode = district;
    e.persist();
    return e.id;
  }

  static void held(UUID id, String kind, String level) {
    var q = new Qualification();
    q.id = UUID.randomUUID();
    q.enterpriseId = id;
    q.kind = kind;
    q.level = level;
    q.grantedOn = LocalDate.of(2023, 6, 1);
    q.persist();
  }

  static void figures(UUID id, long revenue, long rd, int cnc, int cloudStar) {
    var f = new YearFigures();
    f.enterpriseId = id;
    f.year = YEAR;
    f.revenue = BigDecimal.valueOf(revenue);
    f.mainRevenue = BigDecimal.valueOf(revenue * 9 / 10);
    f.rdSpending = BigDecimal.valueOf(rd);
    f.cncRate = BigDecimal.valueOf(cnc);
    f.cloudStar = cloudStar;
    f.inventionPatents = 3;
    f.persist();
  }

  static void assign(UUID id, String subject) {
    var x = new CommissionerAssignment();
    x.enterpriseId = id;
    x.commissionerSubject = subject;
    x.persist();
  }

  @Test
  void cityWideActualsAreComputedFromTheData() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/dashboard/targets")
        .then()
        .statusCode(200)
        .body("districtName", equalTo("淮安市"))
        .body("targets", hasSize(20))
        .body("targets.find { it.key == 'little-giant' }.actual", equalTo(1))
        .body("targets.find { it.key == 'srdi-sme' }.actual", equalTo(2))
        .body("targets.find { it.key == 'innovative-sme' }.actual", equalTo(3))
        .body("targets.find { it.key == 'srdi-rd-ratio' }.actual", equalTo(0.035f))
        .body("targets.find { it.key == 'srdi-rd-ratio' }.met", equalTo(false))
        .body("targets.find { it.key == 'cnc-rate' }.actual", equalTo(0.5f))
        .body("targets.find { it.key == 'srdi-rd-institution' }.actual", equalTo(0.5f))
        .body("targets.find { it.key == 'cloud-star' }.actual", equalTo(2))
        .body("targets.find { it.key == 'commissioners' }.actual", equalTo(1))
        .body("targets.find { it.key == 'enterprises-per-commissioner' }.actual", equalTo(2.0f))
        .body("targets.find { it.key == 'enterprises-per-commissioner' }.met", equalTo(true))
        .body("targets.find { it.key == 'guarantee-fee' }.actual", nullValue())
        .body("targets.find { it.key == 'little-giant' }.ratio", equalTo(0.0385f));
  }

  @Test
  void aDistrictSeesOnlyItsOwnFirms() {
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/dashboard/targets?district=320830")
        .then()
        .statusCode(200)
        .body("districtName", equalTo("盱眙县"))
        .body("targets.find { it.key == 'srdi-sme' }.actual", equalTo(1))
        .body("targets.find { it.key == 'innovative-sme' }.actual", equalTo(1));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/dashboard/targets?district=999999")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("district"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/dashboard/targets/districts")
        .then()
        .statusCode(200)
        .body("$", hasSize(8));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/dashboard/targets")
        .then()
        .statusCode(403);
  }

  @Test
  void aCommissionerRecordsVisitsOnlyToAssignedFirmsAndCoverageCountsThem() {
    String comm = Tokens.of("comm-demo");
    given()
        .auth()
        .oauth2(comm)
        .contentType("application/json")
        .body(
            Map.of(
                "visitedOn",
                LocalDate.now().minusDays(3).toString(),
                "mode",
                "on-site",
                "summary",
                "了解企业焊接工艺升级计划",
                "techNeeds",
                "激光焊缝跟踪算法"))
        .when()
        .post("/api/v1/enterprises/" + a + "/visits")
        .then()
        .statusCode(201)
        .body("techNeeds", equalTo("激光焊缝跟踪算法"));
    given()
        .auth()
        .oauth2(comm)
        .contentType("application/json")
        .body(Map.of("visitedOn", "2099-01-01", "mode", "飞鸽", "summary", ""))
        .when()
        .post("/api/v1/enterprises/" + a + "/visits")
        .then()
        .statusCode(400)
        .body(
            "violations.field",
            org.hamcrest.Matchers.containsInAnyOrder("visitedOn", "mode", "summary"));
    given()
        .auth()
        .oauth2(comm)
        .when()
        .get("/api/v1/enterprises/" + a + "/visits")
        .then()
        .statusCode(200)
        .body("$", hasSize(1));

    UUID other = QuarkusTransaction.requiringNew().call(() -> enterprise("320812"));
    given()
        .auth()
        .oauth2(comm)
        .contentType("application/json")
        .body(Map.of("visitedOn", LocalDate.now().toString(), "mode", "phone", "summary", "电话回访"))
        .when()
        .post("/api/v1/enterprises/" + other + "/visits")
        .then()
        .statusCode(404);

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/commissioners/coverage")
        .then()
        .statusCode(200)
        .body("commissioners", equalTo(1))
        .body("enterprisesAssigned", equalTo(2))
        .body("srdiEnterprises", equalTo(2))
        .body("srdiCoverage", equalTo(1.0f))
        .body("assignedVisitedLast90Days", equalTo(1))
        .body("visitedShare", equalTo(0.5f));

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType("application/json")
        .body(Map.of("name", "专".repeat(100_000)))
        .when()
        .put("/api/v1/enterprises/" + other + "/commissioners/" + DemoIds.COMM_DEMO_SUBJECT)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("name"));
    given().auth().oauth2(comm).when().get("/api/v1/enterprises/" + other).then().statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType("application/json")
        .body(Map.of("name", "张专员"))
        .when()
        .put("/api/v1/enterprises/" + other + "/commissioners/" + DemoIds.COMM_DEMO_SUBJECT)
        .then()
        .statusCode(200);
    given().auth().oauth2(comm).when().get("/api/v1/enterprises/" + other).then().statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .delete("/api/v1/enterprises/" + other + "/commissioners/" + DemoIds.COMM_DEMO_SUBJECT)
        .then()
        .statusCode(204);
    given().auth().oauth2(comm).when().get("/api/v1/enterprises/" + other).then().statusCode(404);
  }

  @Test
  void clustersAndTrendCountTiersLikeTheTargets() {
    String admin = Tokens.of("admin-demo");
    given()
        .auth()
        .oauth2(admin)
        .when()
        .get("/api/v1/dashboard/clusters")
        .then()
        .statusCode(200)
        .body("districtName", equalTo("淮安市"))
        .body("clusters", hasSize(11))
        .body("clusters[0].cluster", equalTo("intelligent-equipment"))
        .body("clusters[0].enterprises", equalTo(0))
        .body("clusters[10].clusterName", equalTo("7+3 集群以外"))
        .body("clusters[10].enterprises", equalTo(3))
        .body("clusters[10].ladder.innovative", equalTo(3))
        .body("clusters[10].ladder.srdi", equalTo(2))
        .body("clusters[10].ladder.littleGiant", equalTo(1))
        .body("clusters[10].ladder.singleChampion", equalTo(0));
    given()
        .auth()
        .oauth2(admin)
        .when()
        .get("/api/v1/dashboard/trend?district=320830")
        .then()
        .statusCode(200)
        .body("districtName", equalTo("盱眙县"))
        .body("years[0].year", equalTo(2023))
        .body("years[0].asOf", equalTo("2023-12-31"))
        .body("years[0].ladder.innovative", equalTo(1))
        .body("years[0].ladder.littleGiant", equalTo(1))
        .body("years[-1].year", equalTo(LocalDate.now().getYear()))
        .body("years[-1].partial", equalTo(true))
        .body("years[-1].ladder.srdi", equalTo(1));
    given()
        .auth()
        .oauth2(admin)
        .when()
        .get("/api/v1/dashboard/districts")
        .then()
        .statusCode(200)
        .body("districts", hasSize(8))
        .body("districts.find { it.district == '320812' }.enterprises", equalTo(2))
        .body("districts.find { it.district == '320812' }.ladder.srdi", equalTo(1))
        .body("districts.find { it.district == '320812' }.ladder.innovative", equalTo(2))
        .body("districts.find { it.district == '320812' }.commissioners", equalTo(1))
        .body("districts.find { it.district == '320830' }.ladder.littleGiant", equalTo(1))
        .body("districts.find { it.district == '320831' }.enterprises", equalTo(0));
    given()
        .auth()
        .oauth2(admin)
        .when()
        .get("/api/v1/dashboard/trend?district=nowhere")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("district"));
    given()
        .auth()
        .oauth2(Tokens.of("comm-demo"))
        .when()
        .get("/api/v1/dashboard/clusters")
        .then()
        .statusCode(403);
  }

  @Test
  void aCommissionerSeesItsFirmsMostInNeedOfAVisitFirstAndItsCoverage() {
    String comm = Tokens.of("comm-demo");
    given()
        .auth()
        .oauth2(comm)
        .contentType("application/json")
        .body(
            Map.of(
                "visitedOn",
                // "days since" counts in Beijing time, like the service
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(5).toString(),
                "mode",
                "on-site",
                "summary",
                "例行走访"))
        .when()
        .post("/api/v1/enterprises/" + a + "/visits")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(comm)
        .when()
        .get("/api/v1/commissioners/me/enterprises")
        .then()
        .statusCode(200)
        .body("$", hasSize(2))
        .body("[0].id", equalTo(b.toString()))
        .body("[0].lastVisitOn", nullValue())
        .body("[0].tier", equalTo("little-giant"))
        .body("[1].id", equalTo(a.toString()))
        .body("[1].daysSinceVisit", equalTo(5))
        .body("[1].visitsLast90Days", equalTo(1));
    given()
        .auth()
        .oauth2(comm)
        .when()
        .get("/api/v1/commissioners/me/coverage")
        .then()
        .statusCode(200)
        .body("assigned", equalTo(2))
        .body("visitedLast90Days", equalTo(1))
        .body("neverVisited", equalTo(1))
        .body("visitedShare", equalTo(0.5f))
        .body("planFirmsPerCommissioner", equalTo(2))
        .body("city.commissioners", equalTo(1));
    for (String who : new String[] {"ent-demo", "admin-demo"}) {
      given()
          .auth()
          .oauth2(Tokens.of(who))
          .when()
          .get("/api/v1/commissioners/me/enterprises")
          .then()
          .statusCode(403);
    }
  }
}
