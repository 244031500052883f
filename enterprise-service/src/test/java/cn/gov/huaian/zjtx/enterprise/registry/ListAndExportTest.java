package cn.gov.huaian.zjtx.enterprise.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.enterprise.figures.YearFigures;
import cn.gov.huaian.zjtx.enterprise.pools.PoolEntry;
import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.Fixtures;
import cn.gov.huaian.zjtx.enterprise.tiers.Qualification;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Filtering, paging and exporting the registry. */
@QuarkusTest
@Tag("servers")
class ListAndExportTest {
  static final int YEAR = EnterpriseQuery.defaultYear();

  @BeforeEach
  void fourEnterprises() {
    Db.reset();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              UUID a = insert("淮安华锐机器人有限公司", "320812", "high-tech-zone", "3491", "ai");
              UUID b = insert("淮安清源食品有限公司", "320803", null, "1391", "green-food");
              UUID c = insert("淮安盱眙龙虾食品有限公司", "320830", null, "1361", "green-food");
              UUID d = insert("淮安华芯半导体有限公司", "320871", "economic-development-zone", "3973", "ic");
              figures(a, 80_000_000, 4_000_000, 50_000_000, 20_000_000, 6);
              figures(b, 30_000_000, 300_000, 10_000_000, 8_000_000, 0);
              figures(d, 200_000_000, 16_000_000, 300_000_000, 240_000_000, 12);
              tier(a, "srdi-sme", "provincial");
              tier(d, "little-giant", "national");
              tier(d, "srdi-sme", "provincial");
              var pe = new PoolEntry();
              pe.id = UUID.randomUUID();
              pe.enterpriseId = c;
              pe.poolCode = "innovative-sme-candidates";
              pe.enteredOn = LocalDate.of(2024, 1, 1);
              pe.entryReason = "区县推荐";
              pe.persist();
            });
  }

  static UUID insert(String name, String district, String park, String industry, String cluster) {
    var e = new Enterprise();
    e.id = UUID.randomUUID();
    e.creditCode = Fixtures.creditCode();
    e.name = name;
    e.districtCode = district;
    e.park = park;
    e.industryCode = industry;
    e.clusterCode = cluster;
    e.persist();
    return e.id;
  }

  static void figures(UUID id, long revenue, long rd, long assets, long debts, int patents) {
    var f = new YearFigures();
    f.enterpriseId = id;
    f.year = YEAR;
    f.revenue = BigDecimal.valueOf(revenue);
    f.rdSpending = BigDecimal.valueOf(rd);
    f.totalAssets = BigDecimal.valueOf(assets);
    f.totalLiabilities = BigDecimal.valueOf(debts);
    f.inventionPatents = patents;
    f.persist();
  }

  static void tier(UUID id, String kind, String level) {
    var q = new Qualification();
    q.id = UUID.randomUUID();
    q.enterpriseId = id;
    q.kind = kind;
    q.level = level;
    q.grantedOn = LocalDate.of(2023, 1, 1);
    q.persist();
  }

  private static io.restassured.response.ValidatableResponse list(String query) {
    return given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/enterprises?" + query)
        .then()
        .statusCode(200);
  }

  @Test
  void filtersCombine() {
    list("q=食品").body("total", equalTo(2));
    list("q=华&cluster=ic").body("items.name", contains("淮安华芯半导体有限公司"));
    list("cluster=绿色食品&district=盱眙县").body("total", equalTo(1));
    list("park=high-tech-zone").body("items[0].parkName", equalTo("高新区"));
    list("park=none").body("total", equalTo(2));
    list("tier=srdi-sme").body("items.name", containsInAnyOrder("淮安华锐机器人有限公司", "淮安华芯半导体有限公司"));
    list("tier=little-giant").body("items[0].tier", equalTo("little-giant"));
    list("pool=innovative-sme-candidates")
        .body("items.name", contains("淮安盱眙龙虾食品有限公司"))
        .body("total", equalTo(1));
    list("tier=srdi-sme").body("total", equalTo(2));
    list("qualification=little-giant").body("total", equalTo(1));
    list("industry=13").body("total", equalTo(2));
  }

  @Test
  void figureThresholdsUseTheDerivedDefinitions() {
    list("minRdRatio=0.05")
        .body("items.name", containsInAnyOrder("淮安华锐机器人有限公司", "淮安华芯半导体有限公司"))
        .body("total", equalTo(2));
    list("minRdSpending=1000000&minRdRatio=0.01").body("total", equalTo(2));
    list("minRdRatio=0.05&maxDebtRatio=0.7").body("items.name", contains("淮安华锐机器人有限公司"));
    list("minRevenue=50000000&minInventionPatents=10").body("items.name", contains("淮安华芯半导体有限公司"));
    list("minRevenue=1&year=" + (YEAR - 1)).body("total", equalTo(0));
  }

  @Test
  void pagingIsStableAndBadFiltersAreNamed() {
    list("size=2&page=0").body("items.size()", equalTo(2)).body("total", equalTo(4));
    list("size=2&page=1").body("items.size()", equalTo(2));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/enterprises?cluster=钢铁&minRdRatio=2&district=110000")
        .then()
        .statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.hasItem("minRdRatio"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/enterprises?cluster=钢铁&district=110000")
        .then()
        .statusCode(400)
        .body("violations.field", containsInAnyOrder("cluster", "district"));
  }

  @Test
  void theFilteredListExportsAsXlsx() throws Exception {
    byte[] xlsx =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .when()
            .get("/api/v1/enterprises/export.xlsx?cluster=green-food")
            .then()
            .statusCode(200)
            .contentType(EnterpriseExport.XLSX)
            .extract()
            .asByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("淮安清源食品有限公司");
      assertThat(sheet.getRow(1).getCell(18).getNumericCellValue()).isEqualTo(3000.0);
    }
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .get("/api/v1/enterprises/export.xlsx")
        .then()
        .statusCode(200);
  }
}
