package cn.gov.huaian.zjtx.enterprise.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.Fixtures;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A lost read model can be rebuilt: every firm's current snapshot is published again. */
@QuarkusTest
@Tag("servers")
class SnapshotReplayTest {

  @BeforeEach
  void empty() {
    Db.reset();
  }

  @Test
  void everyEnterpriseIsPublishedAgainWithItsCurrentVersion() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      given()
          .auth()
          .oauth2(Tokens.of("admin-demo"))
          .contentType(ContentType.JSON)
          .body(Fixtures.profile())
          .post("/api/v1/enterprises")
          .then()
          .statusCode(201);
    }
    long before = Db.count("select count(*) from outbox where type = 'enterprise.changed'");

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .post("/api/v1/enterprises/events/replay")
        .then()
        .statusCode(202);

    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (Db.count("select count(*) from outbox where type = 'enterprise.changed'") < before + 3) {
      assertThat(Instant.now()).as("the replay wrote one event per firm").isBefore(until);
      Thread.sleep(200);
    }
    assertThat(
            Db.count(
                "select count(*) from outbox o join enterprise e on e.id = o.aggregate_id"
                    + " where o.type = 'enterprise.changed' and o.version = e.version"))
        .isEqualTo(3);
  }

  @Test
  void onlyAdminsMayReplay() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .post("/api/v1/enterprises/events/replay")
        .then()
        .statusCode(403);
    given().post("/api/v1/enterprises/events/replay").then().statusCode(401);
  }
}
