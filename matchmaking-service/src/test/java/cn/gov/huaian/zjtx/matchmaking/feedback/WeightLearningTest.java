package cn.gov.huaian.zjtx.matchmaking.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.matchmaking.ranking.ActiveWeights;
import cn.gov.huaian.zjtx.matchmaking.ranking.RankingConfig;
import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The learning loop through the admin API: too little feedback changes nothing; enough feedback
 * makes a version that takes effect only if the judged test part does not score lower; one call
 * rolls the active version back.
 */
@QuarkusTest
@Tag("servers")
class WeightLearningTest {
  @Inject EntityManager em;
  @Inject ActiveWeights active;
  @Inject RankingConfig config;

  @BeforeEach
  void clean() {
    Db.clean();
    QuarkusTransaction.requiringNew()
        .run(() -> em.createNativeQuery("truncate ranking_weights").executeUpdate());
    active.changed();
  }

  @Test
  void onlyAdminsLearn() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .when()
        .post("/api/v1/admin/matchmaking/ranking-weights/learn")
        .then()
        .statusCode(403);
  }

  @Test
  void tooLittleFeedbackChangesNothing() {
    feedback(10, 0, 0);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .post("/api/v1/admin/matchmaking/ranking-weights/learn")
        .then()
        .statusCode(200)
        .body("learnt", equalTo(false))
        .body("message", org.hamcrest.Matchers.startsWith("反馈不足"));
    assertThat(Db.count("select count(*) from ranking_weights")).isZero();
  }

  @Test
  void aVersionTakesEffectOnlyThroughTheGateAndOneCallRollsItBack() {
    // Feedback in which no adjustment varies: nothing to learn beyond the current weights, so the
    // proposal scores the same on the judged test part and passes.
    feedback(400, 0, 0);
    JsonPath first = learn();
    assertThat(first.getBoolean("learnt")).isTrue();
    assertThat(first.getString("status")).isEqualTo("ACTIVE");
    assertThat(first.getDouble("proposedNdcg")).isEqualTo(first.getDouble("currentNdcg"));

    // Feedback in which firms take local experts whatever their relevance: the learnt locality
    // weight rises; whether it takes effect is the gate's call, and the API says which.
    feedback(400, 0.8, 400);
    JsonPath second = learn();
    String status = second.getString("status");
    boolean passed = second.getDouble("proposedNdcg") >= second.getDouble("currentNdcg");
    assertThat(status).isEqualTo(passed ? "ACTIVE" : "REJECTED");
    assertThat(second.getDouble("proposed.locality"))
        .isGreaterThan(second.getDouble("current.locality"));
    double locality = active.current().locality();
    assertThat(locality)
        .as("the ranker uses what is active")
        .isEqualTo(
            passed ? second.getDouble("proposed.locality") : first.getDouble("proposed.locality"));

    JsonPath rolled =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .when()
            .post("/api/v1/admin/matchmaking/ranking-weights/rollback")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    if (passed) {
      assertThat(rolled.getInt("withdrawn")).isEqualTo(2);
      assertThat(rolled.getInt("restored")).isEqualTo(1);
    } else {
      assertThat(rolled.getInt("withdrawn")).isEqualTo(1);
      assertThat(rolled.get("restored") == null).isTrue();
      assertThat(active.current()).isEqualTo(config.weights());
    }
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .get("/api/v1/admin/matchmaking/ranking-weights")
        .then()
        .statusCode(200)
        .body("size()", equalTo(2))
        .body("status", org.hamcrest.Matchers.hasItem("ROLLED_BACK"));
  }

  private JsonPath learn() {
    return given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .when()
        .post("/api/v1/admin/matchmaking/ranking-weights/learn")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /**
   * {@code n} matches decided by 100 firms: accepted with probability σ(−3 + 6 × relevance + {@code
   * localLift} × 6 × locality) (locality 0 or 1 at random when {@code localLift} > 0, else always
   * 0). {@code seed} varies the draws.
   */
  private void feedback(int n, double localLift, long seed) {
    var rnd = new Random(seed);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < n; i++) {
                double relevance = 0.2 + 0.8 * rnd.nextDouble();
                double locality = localLift > 0 && rnd.nextBoolean() ? 1 : 0;
                double z = -3 + 6 * relevance + localLift * 6 * locality;
                boolean accepted = rnd.nextDouble() < 1 / (1 + Math.exp(-z));
                em.createNativeQuery(
                        "insert into match_feedback (id, need_id, expert_id, event, actor, reason_code, rank, features)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, 1, cast(?7 as jsonb))")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, UUID.randomUUID())
                    .setParameter(3, UUID.randomUUID())
                    .setParameter(4, accepted ? "ACCEPTED" : "DECLINED")
                    .setParameter(5, "firm-" + (i % 100))
                    .setParameter(6, accepted ? null : "OFF_TOPIC")
                    .setParameter(
                        7,
                        String.format(
                            java.util.Locale.ROOT,
                            "{\"relevance\": %.4f, \"discipline\": 0, \"cluster\": 0, \"locality\": %.1f,"
                                + " \"capacity\": 0, \"outcome\": 0, \"score\": 0}",
                            relevance,
                            locality))
                    .executeUpdate();
              }
            });
  }
}
