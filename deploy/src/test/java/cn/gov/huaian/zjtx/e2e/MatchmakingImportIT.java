package cn.gov.huaian.zjtx.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Through the gateway: an admin imports experts from JSON Lines (a job with progress, an idempotent
 * re-import, a look-alike university name asked about), and a ranking is paged beyond 100 with its
 * cursor and searched with a text as long as a need.
 */
class MatchmakingImportIT {
  static final String UNIVERSITY = "1b7f4d2f-6c2a-4e7b-8c1f-000000000001"; // uni-demo's 淮阴工学院
  static final String IMPORTS = "/api/v1/admin/matchmaking/imports";

  static JsonPath importExperts(byte[] file) throws InterruptedException {
    String id =
        Platform.as("admin-demo")
            .queryParam("kind", "experts")
            .multiPart("file", "专家.jsonl", file, "application/octet-stream")
            .post(IMPORTS)
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    for (int i = 0; i < 300; i++) {
      JsonPath job =
          Platform.as("admin-demo")
              .get(IMPORTS + "/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (List.of("done", "failed").contains(job.getString("status"))) {
        return job;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("导入任务未结束");
  }

  @Test
  void anAdminImportsExpertsAndAReImportChangesNothing() throws InterruptedException {
    Platform.awaitLoaded("/api/v1/universities/" + UNIVERSITY, "the demo university");
    String marker = UUID.randomUUID().toString().substring(0, 6);
    byte[] file =
        String.join(
                "\n",
                "{\"university\":\"淮阴工学院\",\"name\":\"导入甲"
                    + marker
                    + "\",\"researchDirections\":\"注塑模具冷却与缩痕控制\"}",
                "{\"university\":\"淮阴工学院\",\"name\":\"导入乙"
                    + marker
                    + "\",\"researchDirections\":\"锂电池热管理\",\"achievements\":[\"一种电池包液冷板\"]}",
                "{\"university\":\"淮阴工学苑\",\"name\":\"导入丙"
                    + marker
                    + "\",\"researchDirections\":\"焊接\"}")
            .getBytes(StandardCharsets.UTF_8);
    JsonPath job = importExperts(file);
    assertThat(job.getString("status")).isEqualTo("done");
    assertThat(job.getInt("created")).isEqualTo(2);
    assertThat(job.getInt("toConfirm")).isEqualTo(1);
    String id = job.getString("id");
    String csv =
        Platform.as("admin-demo")
            .get(IMPORTS + "/" + id + "/rows.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv).contains("疑似同一单位，请确认").contains("淮阴工学院");
    Platform.as("admin-demo")
        .contentType(ContentType.JSON)
        .body(Map.of("decisions", List.of(Map.of("row", 3, "decision", "DIFFERENT"))))
        .post(IMPORTS + "/" + id + "/decisions")
        .then()
        .statusCode(200);

    JsonPath again = importExperts(file);
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    Platform.as("uni-demo")
        .queryParam("kind", "experts")
        .multiPart("file", "x.jsonl", file)
        .post(IMPORTS)
        .then()
        .statusCode(403);
  }

  @Test
  void aRankingIsPagedBeyond100AndALongTextIsSearchedFromTheBody() {
    Platform.awaitLoaded("/api/v1/universities/" + UNIVERSITY, "the demo university");
    JsonPath first =
        Platform.as("ent-demo")
            .queryParam("q", "数控机床 智能制造 传感器 材料")
            .queryParam("size", 100)
            .get("/api/v1/matches/search/experts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String cursor = first.getString("nextCursor");
    assertThat(cursor).as("more than 100 demo experts").isNotNull();
    JsonPath second =
        Platform.as("ent-demo")
            .queryParam("q", "数控机床 智能制造 传感器 材料")
            .queryParam("size", 100)
            .queryParam("cursor", cursor)
            .get("/api/v1/matches/search/experts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getInt("items[0].rank")).isEqualTo(101);
    assertThat(second.<String>getList("items.id"))
        .doesNotContainAnyElementsOf(first.getList("items.id"));

    String need = "注塑件表面缩痕明显，模具冷却水路不均，良品率约百分之九十二，希望提高到九十七以上。".repeat(60).substring(0, 2000);
    Platform.as("ent-demo")
        .contentType(ContentType.JSON)
        .body(Map.of("q", need, "size", 5))
        .post("/api/v1/matches/search/experts")
        .then()
        .statusCode(200);
    Platform.as("ent-demo")
        .contentType(ContentType.JSON)
        .body(Map.of("q", need + "长"))
        .post("/api/v1/matches/search/experts")
        .then()
        .statusCode(400);
  }
}
