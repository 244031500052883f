package cn.gov.huaian.zjtx.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 产学研: an enterprise posts a need → the university sees it among its expert's matches → expresses
 * interest → the enterprise accepts → details are revealed → a cooperation exists.
 */
class MatchmakingJourneyIT {
  static final String UNIVERSITY = "1b7f4d2f-6c2a-4e7b-8c1f-000000000001"; // uni-demo's 淮阴工学院
  static final String ENT_DEMO = "0a6e3c1e-5b1f-4d6a-9b0e-000000000001";

  /**
   * The demo's needs were once posted by twelve firms the registry never held: an admin opening
   * such a need's firm got 404. Every demo need now belongs to a demo firm of enterprise-service.
   */
  @Test
  void everyDemoNeedBelongsToAFirmTheRegistryHolds() {
    Platform.awaitLoaded("/api/v1/universities/" + UNIVERSITY, "the demo university");
    List<String> firms =
        Platform.as("admin-demo")
            .get("/api/v1/tech-needs?size=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.enterpriseId", String.class)
            .stream()
            .distinct()
            .toList();
    assertThat(firms).as("firms with demo needs").hasSizeGreaterThan(5);
    for (String firm : firms) {
      Platform.awaitLoaded("/api/v1/enterprises/" + firm, "the demo firm " + firm);
    }
  }

  @Test
  void aNeedReachesTheRightExpertAndEndsInACooperation() throws InterruptedException {
    Platform.awaitLoaded("/api/v1/universities/" + UNIVERSITY, "the demo university");
    String marker = UUID.randomUUID().toString().substring(0, 6);
    String expert =
        Platform.as("uni-demo")
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "钱" + marker,
                    "college",
                    "机械与材料工程学院",
                    "title",
                    "教授",
                    "researchDirections",
                    "数控机床主轴热误差建模与补偿、精密加工误差溯源、机床智能运维",
                    "disciplines",
                    List.of("E0509"),
                    "clusters",
                    List.of("智能装备及新能源"),
                    "capacity",
                    3,
                    "willingVicePresident",
                    false))
            .post("/api/v1/experts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    String need =
        Platform.as("ent-demo")
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "title", "数控机床主轴热变形补偿（" + marker + "）",
                    "publicSummary", "高速加工时主轴温升导致精度漂移，寻求热误差建模与实时补偿方案",
                    "privateDetail", "机床型号 VMC-850，联系人：王工",
                    "cooperationMode", "技术开发"))
            .post("/api/v1/tech-needs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // The index is fed by a job; the university sees the need among its expert's matches.
    assertThat(awaitMatchFor(expert, need, Duration.ofSeconds(60)))
        .as("the new need is among the matches of the university's expert")
        .isTrue();

    given()
        .baseUri(Platform.GATEWAY)
        .auth()
        .oauth2(Platform.token("uni-demo"))
        .get("/api/v1/tech-needs/" + need)
        .then()
        .statusCode(200)
        .body("privateDetail", nullValue());

    String interest =
        Platform.as("uni-demo")
            .contentType(ContentType.JSON)
            .body(Map.of("needId", need, "expertId", expert, "message", "团队做过同类主轴热误差补偿项目"))
            .post("/api/v1/interests")
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .extract()
            .path("id");

    Platform.as("ent-demo-2")
        .post("/api/v1/interests/" + interest + "/accept")
        .then()
        .statusCode(404);
    Platform.as("ent-demo")
        .post("/api/v1/interests/" + interest + "/accept")
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));

    Platform.as("uni-demo")
        .get("/api/v1/interests/" + interest + "/contact")
        .then()
        .statusCode(200)
        .body("privateDetail", equalTo("机床型号 VMC-850，联系人：王工"))
        .body("enterpriseId", equalTo(ENT_DEMO));

    String cooperation =
        Platform.as("ent-demo")
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "interestId",
                    interest,
                    "amount",
                    300000,
                    "startDate",
                    "2026-12-01",
                    "endDate",
                    "2027-11-30"))
            .post("/api/v1/cooperations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Platform.as("uni-demo")
        .get("/api/v1/cooperations/" + cooperation)
        .then()
        .statusCode(200)
        .body("needId", equalTo(need))
        .body("expertId", equalTo(expert));
    Platform.as("ent-demo-2").get("/api/v1/cooperations/" + cooperation).then().statusCode(404);
  }

  private static boolean awaitMatchFor(String expert, String need, Duration patience)
      throws InterruptedException {
    Instant until = Instant.now().plus(patience);
    while (Instant.now().isBefore(until)) {
      JsonPath matches =
          Platform.as("uni-demo")
              .queryParam("size", 50)
              .get("/api/v1/matches/universities/" + UNIVERSITY + "/needs")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<String> ids =
          matches.getList("byExpert.find { it.expertId == '" + expert + "' }.matches.id");
      if (ids != null && ids.contains(need)) {
        return true;
      }
      Thread.sleep(1000);
    }
    return false;
  }
}
