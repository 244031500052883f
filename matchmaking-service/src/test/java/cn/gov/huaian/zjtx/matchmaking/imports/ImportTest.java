package cn.gov.huaian.zjtx.matchmaking.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bulk import through the API: jobs with progress, per-row results, idempotent re-imports, and the
 * question asked when a university name only looks like a registered one.
 */
@QuarkusTest
@Tag("servers")
class ImportTest {
  static final String PATH = "/api/v1/admin/matchmaking/imports";
  static final String HXY = "淮安信息职业技术大学";

  @BeforeEach
  void data() {
    Db.clean();
    Db.demoUniversityAndExpert();
    Db.execute(
        "insert into university (id, name, city, province, in_huaian, in_jiangsu)"
            + " values (?1, ?2, '淮安市', '江苏省', true, true)",
        UUID.randomUUID(),
        HXY);
  }

  /** Uploads a file, waits for the job to finish, returns the job. */
  static JsonPath run(String kind, String filename, byte[] bytes) {
    String id =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .queryParam("kind", kind)
            .multiPart("file", filename, bytes, "application/octet-stream")
            .when()
            .post(PATH)
            .then()
            .statusCode(202)
            .header("Location", containsString(PATH + "/"))
            .body("status", equalTo("queued"))
            .extract()
            .path("id");
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      JsonPath job =
          given()
              .auth()
              .oauth2(Tokens.of("admin-demo"))
              .get(PATH + "/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      String status = job.getString("status");
      if (status.equals("done") || status.equals("failed")) {
        return job;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("导入任务未在 60 秒内结束：" + job.prettify());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  static List<Map<String, Object>> rows(String job, String status) {
    var request = given().auth().oauth2(Tokens.of("admin-demo"));
    if (status != null) {
      request.queryParam("status", status);
    }
    return request
        .get(PATH + "/" + job + "/rows")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  static byte[] universities() throws Exception {
    return ImportFileTest.xlsx(
        List.of(
            List.of("高校名称", "所在城市", "所在省份"),
            List.of("淮阴工学院", "淮安市", ""),
            List.of("淮安信息职业技术学院", "淮安市", "江苏省"),
            List.of("江南大学", "无锡市", ""),
            List.of("西安交通大学", "西安市", ""),
            List.of("", "南京市", "江苏省")));
  }

  static long count(String sql) {
    return Db.count(sql);
  }

  @Test
  void universitiesAreCreatedOrKeptAndALookAlikeNameIsAskedAboutNeverMergedNorDuplicated()
      throws Exception {
    JsonPath job = run("universities", "高校.xlsx", universities());
    assertThat(job.getString("status")).isEqualTo("done");
    assertThat(job.getInt("total")).isEqualTo(5);
    assertThat(job.getString("progress")).isEqualTo("5 / 5");
    assertThat(job.getInt("created")).isEqualTo(1);
    assertThat(job.getInt("unchanged")).isEqualTo(1);
    assertThat(job.getInt("toConfirm")).isEqualTo(1);
    assertThat(job.getInt("failed")).isEqualTo(2);
    assertThat(job.getString("message")).contains("1 行疑似同一单位，待确认");
    assertThat(count("select count(*) from university")).isEqualTo(3);
    assertThat(count("select count(*) from university where name like '淮安信息%'")).isEqualTo(1);

    String id = job.getString("id");
    var confirm = rows(id, "CONFIRM");
    assertThat(confirm).hasSize(1);
    assertThat(confirm.getFirst())
        .containsEntry("row", 3)
        .containsEntry("column", "高校名称")
        .containsEntry("candidateName", HXY);
    assertThat((String) confirm.getFirst().get("message")).startsWith("疑似同一单位，请确认");
    assertThat(rows(id, "FAILED"))
        .extracting(r -> r.get("row") + " " + r.get("message"))
        .containsExactly("5 所在省份：所在省份不能为空", "6 高校名称：高校名称不能为空");
    String csv =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .get(PATH + "/" + id + "/rows.csv")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .header("Content-Disposition", containsString("attachment"))
            .extract()
            .asString();
    assertThat(csv).contains("行号,状态,列,说明,疑似对应的已登记单位").contains("疑似同一单位，请确认").contains(HXY);

    // The admin answers: the same university. The old name becomes an alias.
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("decisions", List.of(Map.of("row", 3, "decision", "SAME"))))
        .post(PATH + "/" + id + "/decisions")
        .then()
        .statusCode(200)
        .body("[0].status", equalTo("UNCHANGED"))
        .body("[0].message", containsString("已确认为同一单位"));
    assertThat(count("select count(*) from university")).isEqualTo(3);
    assertThat(count("select count(*) from university_alias")).isEqualTo(1);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("decisions", List.of(Map.of("row", 3, "decision", "DIFFERENT"))))
        .post(PATH + "/" + id + "/decisions")
        .then()
        .statusCode(409)
        .body("type", endsWith("/already-decided"));
    assertThat(
            given()
                .auth()
                .oauth2(Tokens.of("admin-demo"))
                .get(PATH + "/" + id)
                .then()
                .extract()
                .jsonPath()
                .getInt("toConfirm"))
        .isZero();

    // The same file again: nothing new, nothing asked.
    JsonPath again = run("universities", "高校.xlsx", universities());
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(3);
    assertThat(again.getInt("toConfirm")).isZero();
    assertThat(count("select count(*) from university")).isEqualTo(3);
  }

  @Test
  void answeringDifferentRegistersTheOtherUniversity() throws Exception {
    String id = run("universities", "高校.xlsx", universities()).getString("id");
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("decisions", List.of(Map.of("row", 3, "decision", "different"))))
        .post(PATH + "/" + id + "/decisions")
        .then()
        .statusCode(200)
        .body("[0].status", equalTo("CREATED"));
    assertThat(count("select count(*) from university where name = '淮安信息职业技术学院'")).isEqualTo(1);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("decisions", List.of(Map.of("row", 4, "decision", "SAME"))))
        .post(PATH + "/" + id + "/decisions")
        .then()
        .statusCode(400)
        .body("detail", containsString("不是待确认行"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("decisions", List.of(Map.of("row", 3, "decision", "也许"))))
        .post(PATH + "/" + id + "/decisions")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("decisions[0].decision"));
  }

  static byte[] experts(String directionsOfWang) {
    String lines =
        String.join(
            "\n",
            "{\"university\":\"淮阴工学院 \",\"name\":\"王建国\",\"college\":\"机械与材料工程学院\",\"researchDirections\":\""
                + directionsOfWang
                + "\",\"disciplines\":\"E0509\",\"clusters\":\"智能装备及新能源\",\"team\":\"数控装备团队\","
                + "\"achievements\":\"一种主轴热误差补偿方法（2021）；主轴热变形的神经网络建模 2019\",\"willingVicePresident\":\"是\"}",
            "{\"university\":\"淮阴工学院\",\"name\":\"李敏\",\"researchDirections\":\"注塑模具冷却水路设计与缩痕控制\",\"capacity\":3}",
            "{\"university\":\"火星大学\",\"name\":\"赵六\",\"researchDirections\":\"火星农业\"}",
            "{\"university\":\"淮安信息职业技术学院\",\"name\":\"钱七\",\"researchDirections\":\"工业物联网\"}",
            "{\"university\":\"淮阴工学院\",\"name\":\"孙八\",\"researchDirections\":\"焊接\",\"team\":\"不存在的团队\"}");
    return lines.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void teamsThenExpertsFromJsonLinesAndAReImportUpdatesOnlyWhatChanged() throws Exception {
    byte[] teams =
        ImportFileTest.xlsx(
            List.of(
                List.of("所属高校", "团队名称", "团队简介", "学科代码"),
                List.of("淮阴工学院", "数控装备团队", "数控机床精度与可靠性", "E0509")));
    JsonPath teamJob = run("teams", "团队.xlsx", teams);
    assertThat(teamJob.getInt("created")).isEqualTo(1);

    JsonPath job = run("experts", "专家.jsonl", experts("数控机床主轴热误差建模与补偿"));
    assertThat(job.getString("status")).isEqualTo("done");
    // 王建国 exists (the demo expert, no college yet): the row names it and updates it.
    assertThat(job.getInt("updated")).isEqualTo(1);
    assertThat(job.getInt("created")).isEqualTo(1);
    assertThat(job.getInt("failed")).isEqualTo(2);
    assertThat(job.getInt("toConfirm")).isEqualTo(1);
    assertThat(job.getInt("defaulted")).isEqualTo(1);
    String id = job.getString("id");
    assertThat(rows(id, "FAILED"))
        .extracting(r -> r.get("row") + " " + r.get("message"))
        .containsExactly("3 高校“火星大学”尚未登记，请先导入高校", "5 科研团队“不存在的团队”未在该校登记（请先导入团队，或留空）");
    assertThat(rows(id, "DEFAULTED"))
        .extracting(r -> (String) r.get("message"))
        .containsExactly("2 项成果未填类型，已按名称推断（专利、标准、奖励、项目，其余为论文）");
    assertThat(count("select count(*) from expert")).isEqualTo(2);
    assertThat(
            count(
                "select count(*) from expert where id = '"
                    + DemoIds.EXPERT_DEMO
                    + "' and college = '机械与材料工程学院' and team_id is not null and willing_vice_president"
                    + " and achievements @> '[{\"kind\":\"专利\",\"year\":2021}]'"))
        .isEqualTo(1);
    long outbox = count("select count(*) from search_outbox where doc_kind = 'EXPERT'");
    assertThat(outbox).isEqualTo(2);

    // The answer to the look-alike: the same university; 钱七 goes to 淮安信息职业技术大学.
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("decisions", List.of(Map.of("row", 4, "decision", "SAME"))))
        .post(PATH + "/" + id + "/decisions")
        .then()
        .statusCode(200)
        .body("[0].status", equalTo("CREATED"));
    assertThat(
            count(
                "select count(*) from expert e join university u on u.id = e.university_id where e.name = '钱七' and u.name = '"
                    + HXY
                    + "'"))
        .isEqualTo(1);

    // Again, one direction changed: one update, the rest unchanged, no duplicate, no question.
    JsonPath again = run("experts", "专家.jsonl", experts("数控机床主轴热误差建模与补偿，五轴联动精度"));
    assertThat(again.getInt("updated")).isEqualTo(1);
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("toConfirm")).isZero();
    assertThat(count("select count(*) from expert")).isEqualTo(3);
    assertThat(count("select count(*) from search_outbox where doc_kind = 'EXPERT'"))
        .isEqualTo(outbox + 1 + 1);
  }

  @Test
  void needsNameTheirFirmByCreditCodeOrNameAndOnlyKnownFirms() throws Exception {
    Db.knownEnterprise(DemoIds.ENT_DEMO, "91320800MA1MG4YK6X", "示范企业一");
    Db.knownEnterprise(DemoIds.ENT_DEMO_2, "91320800MA1MG4YK7Y", "示范企业二");
    byte[] file =
        ImportFileTest.xlsx(
            List.of(
                List.of("统一社会信用代码", "企业名称", "需求名称", "需求描述", "预算上限（万元）", "合作方式"),
                List.of(
                    "91320800MA1MG4YK6X",
                    "",
                    "注塑件缩痕控制",
                    "汽车内饰件注塑后表面缩痕明显，良品率约 92%。希望提高到 97% 以上。",
                    50,
                    "技术开发"),
                List.of("", "示范企业二", "焊接机器人焊缝跟踪", "中厚板多层多道焊焊缝跟踪精度不足。", "", ""),
                List.of("91320800MA1MG4YK9W", "", "未知企业的需求", "x", "", ""),
                List.of("91320800MA1MG4YK6X", "示范企业二", "两家企业", "x", "", "")));
    JsonPath job = run("needs", "需求.xlsx", file);
    assertThat(job.getInt("created")).isEqualTo(2);
    assertThat(job.getInt("failed")).isEqualTo(2);
    assertThat(job.getInt("defaulted")).isEqualTo(2);
    assertThat(rows(job.getString("id"), "FAILED"))
        .extracting(r -> r.get("row") + " " + r.get("column") + " " + r.get("message"))
        .containsExactly(
            "4 统一社会信用代码 统一社会信用代码 91320800MA1MG4YK9W 在平台企业库中不存在（或尚未同步到本服务）",
            "5 企业名称 “统一社会信用代码”与“企业名称”指向不同的企业，请核对");
    assertThat(
            count(
                "select count(*) from tech_need where enterprise_id = '"
                    + DemoIds.ENT_DEMO
                    + "' and budget_max = 500000 and public_summary like '汽车内饰件%' and status = 'OPEN'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from search_outbox where doc_kind = 'NEED'")).isEqualTo(2);
    JsonPath again = run("needs", "需求.xlsx", file);
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    assertThat(again.getInt("created")).isZero();
    assertThat(count("select count(*) from tech_need")).isEqualTo(2);
  }

  @Test
  void aFileThatCannotBeImportedFailsTheJobWithAReason() throws Exception {
    JsonPath noColumn =
        run(
            "experts",
            "专家.xlsx",
            ImportFileTest.xlsx(List.of(List.of("姓名", "研究方向"), List.of("王", "数控"))));
    assertThat(noColumn.getString("status")).isEqualTo("failed");
    assertThat(noColumn.getString("message")).isEqualTo("缺少必需的列：所属高校（第 1 行应为表头）");
    JsonPath broken =
        run("experts", "专家.xlsx", "PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(broken.getString("message")).contains("无法读取 XLSX");
    assertThat(count("select count(*) from expert")).isEqualTo(1);
  }

  @Test
  void onlyAdminsImportAndBadRequestsAreProblems() throws Exception {
    for (String user : List.of("uni-demo", "ent-demo", "comm-demo", "expert-demo")) {
      given()
          .auth()
          .oauth2(Tokens.of(user))
          .queryParam("kind", "experts")
          .multiPart("file", "x.jsonl", experts("x"), "application/octet-stream")
          .post(PATH)
          .then()
          .statusCode(403);
    }
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .queryParam("kind", "patents")
        .multiPart("file", "x.jsonl", experts("x"), "application/octet-stream")
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("kind"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .queryParam("kind", "experts")
        .multiPart("other", "x")
        .post(PATH)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("file"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get(PATH + "/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("detail", notNullValue());
    assertThat(count("select count(*) from import_job")).isZero();
  }
}
