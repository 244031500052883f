package cn.gov.huaian.zjtx.policy.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.Await;
import cn.gov.huaian.zjtx.policy.support.DemoIds;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Matches;
import cn.gov.huaian.zjtx.policy.support.ProgramsApi;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Results are computed by jobs, cite the rules version, follow facts and program changes. */
@QuarkusTest
@Tag("servers")
class MatchingTest {
  @Inject EntityManager em;

  private static EnterpriseEvents.Snapshot registered(
      EnterpriseEvents.Snapshot firm, long version) {
    firm.version(version);
    EnterpriseEvents.publish(firm.event("enterprise.changed"));
    Matches.awaitFacts(firm.id(), version);
    return firm;
  }

  private static Number num(Map<String, Object> r, String key) {
    return (Number) r.get(key);
  }

  @Test
  void aPublishedProgramIsMatchedANewVersionRematchedAndFactsFollowed() {
    var firm = registered(EnterpriseEvents.firm(UUID.randomUUID()), 1);
    ObjectNode body = ProgramsApi.policy("研发奖励（匹配测试）", ProgramsApi.rdRule(3, null, 200_000));
    var created = ProgramsApi.create(body);
    UUID program = UUID.fromString(created.path("id"));
    var published =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .header("If-Match", created.header("ETag"))
            .post("/api/v1/programs/" + program + "/publish")
            .then()
            .statusCode(200)
            .extract();

    var v1 = Matches.await(firm.id(), program, "ELIGIBLE", 1);
    assertThat(num(v1, "amountMax").doubleValue()).isEqualTo(200_000d);
    assertThat(v1.get("statusLabel")).isEqualTo("符合条件");

    body.set("rules", ProgramsApi.rdRule(5, null, 200_000));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", published.header("ETag"))
        .body(body.toString())
        .put("/api/v1/programs/" + program)
        .then()
        .statusCode(200);
    Matches.await(firm.id(), program, "NOT_ELIGIBLE", 2);

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/enterprises/" + firm.id() + "/matches/" + program)
        .then()
        .statusCode(200)
        .body("status", equalTo("NOT_ELIGIBLE"))
        .body("rulesVersion", equalTo(2))
        .body("trace.children.find { it.fact == 'rd_ratio' }.actual", equalTo("4%"))
        .body("trace.children.find { it.fact == 'rd_ratio' }.result", equalTo("FALSE"))
        .body("trace.children.find { it.fact == 'rd_ratio' }.clause", equalTo("第三条第（一）项"))
        .body("gaps[0].changes[0].fact", equalTo("rd_ratio"));

    registered(firm.rd(3_000_000, 0.06), 2);
    var again = Matches.await(firm.id(), program, "ELIGIBLE", 2);
    assertThat(num(again, "factVersion").longValue()).isEqualTo(2);
  }

  @Test
  void aDistrictProgramOnlyMatchesItsDistrict() {
    var inside = registered(EnterpriseEvents.firm(UUID.randomUUID()).district("320803"), 1);
    var outside = registered(EnterpriseEvents.firm(UUID.randomUUID()), 1);
    ObjectNode body = ProgramsApi.policy("淮安区专项", ProgramsApi.rdRule(3, null, 50_000));
    body.put("regionLevel", "DISTRICT").put("districtCode", "320803");
    UUID program = ProgramsApi.createAndPublish(body);
    Matches.await(inside.id(), program, "ELIGIBLE", 1);
    Await.until(() -> jobsPending(), n -> n == 0);
    assertThat(Matches.result(outside.id(), program)).isEmpty();

    // The firm moves to another district: its result for the district program goes.
    registered(inside.district("320812"), 2);
    Await.until(() -> Matches.result(inside.id(), program), Optional::isEmpty);
  }

  @Test
  void opportunitiesRankWhatToChangeByTheMoneyItUnlocks() {
    var firm = registered(EnterpriseEvents.firm(UUID.randomUUID()).rd(1_400_000, 0.028), 1);
    UUID program =
        ProgramsApi.createAndPublish(
            ProgramsApi.policy("研发奖励（机会测试）", ProgramsApi.rdRule(3, null, 300_000)));
    Matches.await(firm.id(), program, "NOT_ELIGIBLE", 1);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/enterprises/" + firm.id() + "/opportunities")
        .then()
        .statusCode(200)
        .body(
            "changes.findAll { it.programsUnlocked.id.contains('"
                + program
                + "') }.changes.flatten().findAll { it.fact == 'rd_ratio' }.to",
            org.hamcrest.Matchers.hasItem("3%"))
        .body("changes[0].unlockedMax", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void anEnterpriseSeesOnlyItsOwnResults() {
    EnterpriseEvents.publish(
        EnterpriseEvents.firm(DemoIds.ENT_DEMO)
            .version(System.currentTimeMillis())
            .event("enterprise.changed"));
    Await.until(
        () ->
            given()
                .auth()
                .oauth2(Tokens.of("ent-demo"))
                .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/matches")
                .statusCode(),
        s -> s == 200);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO_2 + "/matches")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO_2 + "/opportunities")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/matches")
        .then()
        .statusCode(404);
    given().auth().oauth2(Tokens.of("ent-demo")).post("/api/v1/match-jobs").then().statusCode(403);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("status", "MAYBE")
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/matches")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("status"));
  }

  @Test
  void aCommissionerReadsTheResultsOfItsAssignedFirmsOnly() {
    var served =
        registered(
            EnterpriseEvents.firm(UUID.randomUUID()).commissioner(DemoIds.COMM_DEMO_SUBJECT), 1);
    var other =
        registered(
            EnterpriseEvents.firm(UUID.randomUUID()).commissioner(UUID.randomUUID().toString()), 1);
    String commissioner = Tokens.of("comm-demo");
    for (String part :
        new String[] {"matches", "opportunities", "facts", "notifications", "applications"}) {
      given()
          .auth()
          .oauth2(commissioner)
          .get("/api/v1/enterprises/" + served.id() + "/" + part)
          .then()
          .statusCode(200);
      given()
          .auth()
          .oauth2(commissioner)
          .get("/api/v1/enterprises/" + other.id() + "/" + part)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
    // Reading is not acting: the firm's own settings and its name stay its own.
    given()
        .auth()
        .oauth2(commissioner)
        .get("/api/v1/enterprises/" + served.id() + "/webhooks")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/enterprises/" + served.id() + "/webhooks")
        .then()
        .statusCode(200);

    // Unassigned in a newer snapshot: access ends with it.
    registered(EnterpriseEvents.firm(served.id()), 2);
    given()
        .auth()
        .oauth2(commissioner)
        .get("/api/v1/enterprises/" + served.id() + "/matches")
        .then()
        .statusCode(404);
  }

  @Test
  void onlyOneRunnerAtATimeHoldsTheQueue() throws Exception {
    try (Connection other =
        DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:5432/zjtx_policy_test", "zjtx", "zjtx")) {
      try (var s = other.createStatement()) {
        s.execute("select pg_advisory_lock(" + MatchRunner.LOCK_KEY + ")");
      }
      var firm = EnterpriseEvents.firm(UUID.randomUUID());
      EnterpriseEvents.publish(firm.event("enterprise.changed"));
      Matches.awaitFacts(firm.id(), 1);
      Thread.sleep(1500);
      assertThat(jobStatus(firm.id())).isEqualTo("PENDING");
      try (var s = other.createStatement()) {
        s.execute("select pg_advisory_unlock(" + MatchRunner.LOCK_KEY + ")");
      }
      Await.until(() -> jobStatus(firm.id()), "DONE"::equals, Duration.ofSeconds(10));
    }
  }

  @Test
  void adminsQueueAFullRematchAsAJob() {
    registered(EnterpriseEvents.firm(UUID.randomUUID()), 1);
    assertThat(num(fullRematch(), "pairs").longValue()).isPositive();
  }

  /**
   * A full re-match reads the stored results of a whole page of firms at once: each firm must be
   * compared with its own results, so one firm's lost results come back and another's stale ones
   * are rewritten, and neither is mixed up with the other's.
   */
  @Test
  void aFullRematchRestoresEachFirmsOwnResults() {
    UUID lost = registered(EnterpriseEvents.firm(UUID.randomUUID()), 1).id();
    UUID stale = registered(EnterpriseEvents.firm(UUID.randomUUID()), 1).id();
    Await.until(() -> jobStatus(lost) + jobStatus(stale), "DONEDONE"::equals);
    Map<String, String> lostBefore = results(lost);
    Map<String, String> staleBefore = results(stale);
    assertThat(lostBefore).isNotEmpty();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery("delete from match_result where enterprise_id = ?1")
                  .setParameter(1, lost)
                  .executeUpdate();
              em.createNativeQuery(
                      "update match_result set rules_version = rules_version + 100 where enterprise_id = ?1")
                  .setParameter(1, stale)
                  .executeUpdate();
            });
    assertThat(results(lost)).isEmpty();

    fullRematch();

    assertThat(results(lost)).isEqualTo(lostBefore);
    assertThat(results(stale)).isEqualTo(staleBefore);
  }

  /** Queues a full re-match as an admin and waits until it is done; returns the job. */
  private static Map<String, Object> fullRematch() {
    String job =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .post("/api/v1/match-jobs")
            .then()
            .statusCode(202)
            .body("kind", equalTo("ALL"))
            .extract()
            .path("id");
    return Await.until(
        () ->
            given()
                .auth()
                .oauth2(Tokens.of("admin-demo"))
                .get("/api/v1/match-jobs?size=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("$")
                .stream()
                .filter(j -> job.equals(j.get("id")))
                .findFirst()
                .orElse(Map.of()),
        j -> "DONE".equals(j.get("status")));
  }

  /** A firm's stored results: program → rules version, status, amounts, pending checks. */
  private Map<String, String> results(UUID enterprise) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Map<String, String> results = new java.util.TreeMap<>();
              for (Object row :
                  em.createNativeQuery(
                          "select program_id || ' ' || rules_version || ' ' || status || ' ' || amount_min || ' ' || amount_max || ' ' || pending_checks from match_result where enterprise_id = ?1")
                      .setParameter(1, enterprise)
                      .getResultList()) {
                String line = (String) row;
                results.put(line.substring(0, 36), line.substring(37));
              }
              return results;
            });
  }

  private String jobStatus(UUID enterprise) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    em.createNativeQuery(
                            "select status from match_job where target_id = ?1 order by requested_at desc limit 1")
                        .setParameter(1, enterprise)
                        .getResultStream()
                        .findFirst()
                        .orElse("NONE"));
  }

  private long jobsPending() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from match_job where status in ('PENDING', 'RUNNING')")
                            .getSingleResult())
                    .longValue());
  }
}
