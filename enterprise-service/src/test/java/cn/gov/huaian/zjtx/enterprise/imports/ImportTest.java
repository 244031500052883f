package cn.gov.huaian.zjtx.enterprise.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.enterprise.registry.CreditCode;
import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Importing enterprises and figures from CSV and XLSX with Chinese headers. */
@QuarkusTest
@Tag("servers")
class ImportTest {
  static final String A = CreditCode.withCheck("91320812MA1N7C8Q0");
  static final String B = CreditCode.withCheck("91320830MA1N7C8Q1");
  static final String C = CreditCode.withCheck("91320871MA1N7C8Q2");

  @BeforeEach
  void empty() {
    Db.reset();
  }

  static final String ENTERPRISES_CSV =
      String.join(
          "\r\n",
          "序号,*统一社会信用代码,企业名称,成立日期,所在区县,乡镇（街道）,园区,地址,国民经济行业代码,主导产品,细分市场,细分市场年限,产业链位置,联系人,联系电话,备注",
          "1,"
              + A
              + ",淮安华锐机器人有限公司,2015/3/8,清江浦区,淮海街道,高新区,淮安市清江浦区,C3491 工业机器人制造,焊接机器人,\"汽车焊装,自动化\",7,中游,王敏,13905170001,",
          "2," + B + ",淮安盱眙龙虾食品有限公司,2016年1月2日,盱眙县,,无,,1361,小龙虾加工,,5,下游,,,",
          "3,91320800MA1MG4YK63,校验位错误的公司,2020-01-01,淮阴区,,,,3491,,,,,,,",
          "4," + C + ",,2099-01-01,南京市,,,,9999,,,,侧游,,,",
          "5," + A + ",重复的一行,2015-03-08,清江浦区,,,,3491,,,,,,,",
          "");

  static String upload(String kind, String filename, byte[] bytes, String mime) {
    return given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .multiPart("file", filename, bytes, mime)
        .when()
        .post("/api/v1/imports?kind=" + kind)
        .then()
        .statusCode(202)
        .extract()
        .path("id");
  }

  static JsonPath await(String id) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      JsonPath job =
          given()
              .auth()
              .oauth2(Tokens.of("admin-demo"))
              .when()
              .get("/api/v1/imports/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (!List.of("queued", "running").contains(job.getString("status"))) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("导入未在 20 秒内结束");
  }

  @Test
  void validRowsAreKeptAndEveryBadCellIsReported() throws Exception {
    JsonPath job =
        await(
            upload(
                "enterprises",
                "企业名单.csv",
                ENTERPRISES_CSV.getBytes(StandardCharsets.UTF_8),
                "text/csv"));
    assertThat(job.getString("status")).isEqualTo("done");
    assertThat(job.getString("progress")).isEqualTo("5 / 5");
    assertThat(job.getInt("created")).isEqualTo(2);
    assertThat(job.getInt("failed")).isEqualTo(3);
    assertThat(job.getString("ignoredColumns")).isEqualTo("备注");

    var errors =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .when()
            .get("/api/v1/imports/" + job.getString("id") + "/errors")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(errors.getList("findAll { it.row == 4 }.column", String.class))
        .containsExactly("*统一社会信用代码");
    assertThat(errors.getList("findAll { it.row == 5 }.column", String.class))
        .containsExactlyInAnyOrder("企业名称", "成立日期", "所在区县", "国民经济行业代码", "产业链位置");
    assertThat(errors.getString("find { it.row == 6 }.message"))
        .isEqualTo("统一社会信用代码与第 2 行重复，本行未导入");
    assertThat(errors.getList("message", String.class))
        .allSatisfy(m -> assertThat(m).containsPattern("\\p{IsHan}"));

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/enterprises?q=华锐")
        .then()
        .body("items[0].townName", equalTo("淮海街道"))
        .body("items[0].industryCode", equalTo("3491"))
        .body("items[0].nicheMarket", equalTo("汽车焊装,自动化"))
        .body("items[0].contacts[0].phone", equalTo("13905170001"))
        .body("items[0].cluster", equalTo("ai"));
    assertThat(Db.count("select count(*) from outbox where type = 'enterprise.registered'"))
        .isEqualTo(2);

    String csv =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .when()
            .get("/api/v1/imports/" + job.getString("id") + "/errors.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv).contains("行号,列,错误说明");
  }

  @Test
  void reimportingTheSameFileChangesNothingAndAnEditedRowIsAnUpdate() throws Exception {
    byte[] file = ENTERPRISES_CSV.getBytes(StandardCharsets.UTF_8);
    await(upload("enterprises", "a.csv", file, "text/csv"));
    long events = Db.count("select count(*) from outbox");
    JsonPath again = await(upload("enterprises", "a.csv", file, "text/csv"));
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("updated")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    assertThat(Db.count("select count(*) from enterprise")).isEqualTo(2);
    assertThat(Db.count("select count(*) from outbox")).isEqualTo(events);

    // GB18030 as Excel saves it on Chinese Windows; a changed product is an update with a new
    // version
    String edited = ENTERPRISES_CSV.replace("焊接机器人", "激光焊接机器人");
    JsonPath third =
        await(
            upload(
                "enterprises", "b.csv", edited.getBytes(Charset.forName("GB18030")), "text/csv"));
    assertThat(third.getInt("updated")).isEqualTo(1);
    assertThat(Db.scalar("select main_product from enterprise where credit_code = ?1", A))
        .isEqualTo("激光焊接机器人");
    assertThat(Db.count("select version from enterprise where credit_code = ?1", A)).isEqualTo(1);
  }

  @Test
  void figuresImportFromXlsxWithUnitsAndUnknownCompaniesAreReported() throws Exception {
    await(
        upload(
            "enterprises", "a.csv", ENTERPRISES_CSV.getBytes(StandardCharsets.UTF_8), "text/csv"));
    byte[] xlsx;
    try (var wb = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var s = wb.createSheet("年度指标");
      Object[][] rows = {
        {"统一社会信用代码", "年度", "营业收入（万元）", "主营业务收入（万元）", "研发费用（万元）", "从业人员数", "关键工序数控化率", "上云星级"},
        {A, 2023, 8000, 7000, 400.5, 220, "55%", "三星"},
        {A, 2024, 9000, 8000, 500, 240, 0.6, "4"},
        {B, 2024, 100, 200, 1, 10, "", ""},
        {CreditCode.withCheck("91320800MA9999999"), 2024, 1, 1, 1, 1, "", ""},
      };
      for (int r = 0; r < rows.length; r++) {
        var row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue((String) v);
          }
        }
      }
      wb.write(out);
      xlsx = out.toByteArray();
    }
    JsonPath job =
        await(
            upload(
                "figures",
                "指标.xlsx",
                xlsx,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    assertThat(job.getString("status")).isEqualTo("done");
    assertThat(job.getInt("created")).isEqualTo(2);
    assertThat(job.getInt("failed")).isEqualTo(2);
    var errors =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .when()
            .get("/api/v1/imports/" + job.getString("id") + "/errors")
            .then()
            .extract()
            .jsonPath();
    assertThat(errors.getString("find { it.row == 4 }.message")).isEqualTo("主营业务收入不能大于营业收入");
    assertThat(errors.getString("find { it.row == 5 }.message")).isEqualTo("统一社会信用代码未登记，请先导入企业名单");
    assertThat(Db.scalar("select revenue from year_figures where year = 2023"))
        .isEqualTo(new java.math.BigDecimal("80000000.00"));
    assertThat(Db.scalar("select rd_spending from year_figures where year = 2023"))
        .isEqualTo(new java.math.BigDecimal("4005000.00"));
    assertThat(Db.scalar("select cnc_rate from year_figures where year = 2024"))
        .isEqualTo(new java.math.BigDecimal("60.00"));
    assertThat(Db.count("select cloud_star from year_figures where year = 2023")).isEqualTo(3);
    assertThat(Db.count("select version from enterprise where credit_code = ?1", A)).isEqualTo(1);
  }

  @Test
  void aBrokenFileFailsTheJobNotTheService() throws Exception {
    JsonPath job =
        await(
            upload(
                "enterprises",
                "坏文件.xlsx",
                "PK\u0003\u0004 这不是 excel".getBytes(StandardCharsets.UTF_8),
                "application/octet-stream"));
    assertThat(job.getString("status")).isEqualTo("failed");
    assertThat(job.getString("message")).contains("无法读取 XLSX");
    JsonPath noHeader =
        await(
            upload(
                "enterprises", "x.csv", "甲,乙\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv"));
    assertThat(noHeader.getString("message")).startsWith("缺少必需的列：统一社会信用代码、企业名称、所在区县、行业代码");
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .multiPart("file", "a.csv", "x".getBytes(), "text/csv")
        .when()
        .post("/api/v1/imports?kind=people")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("kind"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .multiPart("file", "a.csv", "x".getBytes(), "text/csv")
        .when()
        .post("/api/v1/imports")
        .then()
        .statusCode(403);
  }
}
