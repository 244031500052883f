package cn.gov.huaian.zjtx.policy.push;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Matches;
import cn.gov.huaian.zjtx.policy.support.ProgramsApi;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Issue 14 item 4: the beneficiaries export wrote cells beginning with = + - @ verbatim. */
@QuarkusTest
@Tag("servers")
class ExportSafetyTest {

  @Test
  void aNameThatLooksLikeAFormulaIsExportedAsText() throws Exception {
    var firm = EnterpriseEvents.firm(UUID.randomUUID()).district("320826");
    firm.data.put("name", "=HYPERLINK(\"http://x.example\",\"点我领奖\")");
    firm.version(1);
    EnterpriseEvents.publish(firm.event("enterprise.changed"));
    Matches.awaitFacts(firm.id(), 1);
    ObjectNode body = ProgramsApi.policy("+免申即享导出测试", ProgramsApi.rdRule(1, "320826", 9_000));
    body.put("exemptApplication", true);
    UUID program = ProgramsApi.createAndPublish(body);
    Matches.await(firm.id(), program, "ELIGIBLE", 1);
    byte[] xlsx =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .get("/api/v1/programs/" + program + "/beneficiaries/export.xlsx")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("'+免申即享导出测试");
      boolean found = false;
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        found |=
            sheet
                .getRow(r)
                .getCell(2)
                .getStringCellValue()
                .equals("'=HYPERLINK(\"http://x.example\",\"点我领奖\")");
      }
      assertThat(found).isTrue();
    }
  }
}
