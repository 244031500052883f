package cn.gov.huaian.zjtx.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** 一站直达: policies reach the right enterprises, through every service, with real tokens. */
class PolicyJourneyIT {
  static final String ENT_DEMO = "0a6e3c1e-5b1f-4d6a-9b0e-000000000001";

  @Test
  void anEnterpriseThatRaisesItsRdSpendingIsToldAtOnceThatAPolicyNowApplies() {
    String marker = UUID.randomUUID().toString().substring(0, 6);
    String program =
        publish(
            policy(
                "研发投入强度奖励（" + marker + "）",
                Map.of(
                    "eligibility",
                        Map.of(
                            "all",
                            List.of(
                                Map.of(
                                    "label",
                                    "研发费用占营业收入比重不低于35%",
                                    "clause",
                                    "第三条",
                                    "gte",
                                    Map.of("fact", "rd_ratio", "value", 35)))),
                    "benefit", Map.of("fixed", 200000)),
                false));
    await(
        "ent-demo's result for the new policy",
        Duration.ofSeconds(90),
        () ->
            Platform.as("ent-demo").get("/api/v1/enterprises/" + ENT_DEMO + "/matches/" + program),
        r -> r.statusCode() == 200 && "NOT_ELIGIBLE".equals(r.path("status")));

    String figures = "/api/v1/enterprises/" + ENT_DEMO + "/figures";
    int year =
        Platform.as("ent-demo")
            .get(figures)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("year", Integer.class)
            .stream()
            .max(Integer::compare)
            .orElseThrow();
    ExtractableResponse<Response> current =
        Platform.as("ent-demo").get(figures + "/" + year).then().statusCode(200).extract();
    Map<String, Object> entered = current.jsonPath().getMap("entered");
    BigDecimal revenue = new BigDecimal(entered.get("revenue").toString());
    entered.put("rdSpending", revenue.multiply(new BigDecimal("0.40")));

    Instant updated = Instant.now();
    Platform.as("ent-demo")
        .contentType(ContentType.JSON)
        .header("If-Match", current.header("ETag"))
        .body(entered)
        .put(figures + "/" + year)
        .then()
        .statusCode(200);

    Map<String, Object> notification =
        await(
            "the notification in ent-demo's inbox",
            Duration.ofSeconds(30),
            () ->
                inbox(ENT_DEMO).stream()
                    .filter(
                        n ->
                            program.equals(n.get("programId"))
                                && "NEWLY_ELIGIBLE".equals(n.get("kind")))
                    .findFirst()
                    .orElse(null),
            Objects::nonNull);
    System.out.printf(
        "figures → notification in the inbox: %d ms%n",
        Duration.between(updated, Instant.now()).toMillis());
    assertThat(notification.get("read")).isEqualTo(false);

    Platform.as("ent-demo")
        .get("/api/v1/enterprises/" + ENT_DEMO + "/matches/" + program)
        .then()
        .statusCode(200)
        .body("status", equalTo("ELIGIBLE"));
    Platform.as("ent-demo-2")
        .get("/api/v1/enterprises/" + ENT_DEMO + "/notifications")
        .then()
        .statusCode(404);
  }

  @Test
  void aNoApplicationPolicyListsExactlyTheEnterprisesItsRuleSelects() {
    String district = "320813"; // 洪泽区
    String program =
        publish(
            policy(
                "洪泽区专精特新企业免申即享补贴（" + UUID.randomUUID().toString().substring(0, 6) + "）",
                Map.of(
                    "eligibility",
                    Map.of(
                        "all",
                        List.of(
                            Map.of(
                                "label",
                                "注册在洪泽区",
                                "clause",
                                "第二条",
                                "in",
                                Map.of("fact", "district", "values", List.of(district))))),
                    "benefit",
                    Map.of("fixed", 50000)),
                true));
    long expected =
        Platform.as("admin-demo")
            .queryParam("district", district)
            .queryParam("size", 1)
            .get("/api/v1/enterprises")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("total");
    assertThat(expected).as("the demo data has firms in 洪泽区").isPositive();

    JsonPath list =
        await(
            "the beneficiaries of the 免申即享 policy",
            Duration.ofSeconds(90),
            () ->
                Platform.as("admin-demo")
                    .get("/api/v1/programs/" + program + "/beneficiaries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath(),
            l -> l.getLong("count") == expected);
    assertThat(list.getList("items.districtCode", String.class)).containsOnly(district);
    assertThat(new BigDecimal(list.getString("totalMin")))
        .isEqualByComparingTo(BigDecimal.valueOf(50000L * expected));
    Platform.as("ent-demo")
        .get("/api/v1/programs/" + program + "/beneficiaries")
        .then()
        .statusCode(403);
    Platform.as("admin-demo")
        .get("/api/v1/programs/" + program + "/beneficiaries/export.xlsx")
        .then()
        .statusCode(200)
        .contentType(org.hamcrest.Matchers.containsString("spreadsheetml"));
  }

  @Test
  void anAdminSimulatesADraftAgainstThePublishedVersion() {
    Map<String, Object> strict =
        Map.of(
            "eligibility",
            Map.of(
                "all",
                List.of(
                    Map.of(
                        "label",
                        "研发费用占比不低于6%",
                        "clause",
                        "第三条",
                        "gte",
                        Map.of("fact", "rd_ratio", "value", 6)))),
            "benefit",
            Map.of("fixed", 100000));
    String program =
        publish(
            policy(
                "研发奖励（模拟基准 " + UUID.randomUUID().toString().substring(0, 6) + "）", strict, false));
    Map<String, Object> looser =
        Map.of(
            "eligibility",
            Map.of(
                "all",
                List.of(
                    Map.of(
                        "label",
                        "研发费用占比不低于3%",
                        "clause",
                        "第三条",
                        "gte",
                        Map.of("fact", "rd_ratio", "value", 3)))),
            "benefit",
            Map.of("fixed", 100000));
    Platform.as("admin-demo")
        .contentType(ContentType.JSON)
        .body(Map.of("baseProgramId", program, "rules", looser))
        .post("/api/v1/simulations")
        .then()
        .statusCode(200)
        .body("enterprises", greaterThan(1000))
        .body("difference.entered", greaterThan(0))
        .body("difference.left", equalTo(0))
        .body("difference.text", not(emptyString()))
        .body("draft.byDistrict.size()", greaterThan(1));
    Platform.as("ent-demo")
        .contentType(ContentType.JSON)
        .body(Map.of("rules", looser))
        .post("/api/v1/simulations")
        .then()
        .statusCode(403);
  }

  private static Map<String, Object> policy(
      String title, Map<String, Object> rules, boolean exemptApplication) {
    return Map.ofEntries(
        Map.entry("kind", "POLICY"),
        Map.entry("title", title),
        Map.entry("category", "奖励"),
        Map.entry("department", "淮安市工业和信息化局"),
        Map.entry("docNumber", "淮工信〔2026〕" + (int) (Math.random() * 900 + 100) + "号"),
        Map.entry("clauseText", "端到端测试用政策条款。"),
        Map.entry("validFrom", "2025-01-01"),
        Map.entry("validTo", "2027-12-31"),
        Map.entry("budget", 100_000_000),
        Map.entry("exemptApplication", exemptApplication),
        Map.entry("rules", rules));
  }

  private static String publish(Map<String, Object> body) {
    ExtractableResponse<Response> created =
        Platform.as("admin-demo")
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/programs")
            .then()
            .statusCode(201)
            .extract();
    String id = created.path("id");
    Platform.as("admin-demo")
        .header("If-Match", created.header("ETag"))
        .post("/api/v1/programs/" + id + "/publish")
        .then()
        .statusCode(200);
    return id;
  }

  private static List<Map<String, Object>> inbox(String enterprise) {
    return Platform.as("ent-demo")
        .queryParam("size", 100)
        .get("/api/v1/enterprises/" + enterprise + "/notifications")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("page.items");
  }

  private static <T> T await(String what, Duration patience, Supplier<T> probe, Predicate<T> done) {
    Instant until = Instant.now().plus(patience);
    T last = probe.get();
    while (!done.test(last)) {
      assertThat(Instant.now()).as("waiting for " + what).isBefore(until);
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = probe.get();
    }
    return last;
  }
}
