package cn.gov.huaian.zjtx.enterprise.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.Fixtures;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 4: bidi overrides and zero-width characters were accepted in names (spoofing in
 * lists and exports); exports wrote cells beginning with = + - @ verbatim (formula injection).
 */
@QuarkusTest
@Tag("servers")
class TextSafetyTest {

  @BeforeEach
  void empty() {
    Db.reset();
  }

  private static long count() {
    return QuarkusTransaction.requiringNew().call(() -> Enterprise.count());
  }

  @Test
  void namesWithHiddenFormattingAreRefused() {
    long before = count();
    for (String name :
        List.of(
            "淮安示范\u202E司公限有技科企业",
            "淮安\u200B示范科技有限公司",
            "淮安示范\u2066科技\u2069有限公司",
            "\uFEFF淮安示范科技有限公司",
            "淮安示范\u2060科技有限公司")) {
      given()
          .auth()
          .oauth2(Tokens.of("admin-demo"))
          .contentType(ContentType.JSON)
          .body(Fixtures.profile(Fixtures.creditCode(), name))
          .post("/api/v1/enterprises")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem("name"));
    }
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void exportedCellsThatLookLikeFormulasAreNeutralised() throws Exception {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ListAndExportTest.insert(
                  "=HYPERLINK(\"http://x.example\",\"点我\")", "320812", null, "3491", "ai");
              ListAndExportTest.insert("@SUM(1+1)淮安企业", "320812", null, "3491", "ai");
            });
    byte[] xlsx =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .get("/api/v1/enterprises/export.xlsx?cluster=ai")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = wb.getSheetAt(0);
      List<String> names = new java.util.ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      assertThat(names)
          .containsExactlyInAnyOrder("'=HYPERLINK(\"http://x.example\",\"点我\")", "'@SUM(1+1)淮安企业");
    }
  }
}
