package cn.gov.huaian.zjtx.enterprise.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.DemoIds;
import cn.gov.huaian.zjtx.enterprise.support.Fixtures;
import cn.gov.huaian.zjtx.platform.testing.MiniJsonSchema;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every event the service writes conforms to its published schema in
 * deploy/contracts/enterprise-events, and each change is in the outbox with a higher version.
 */
@QuarkusTest
@Tag("servers")
class EventContractTest {
  static final Path CONTRACTS = Path.of("../deploy/contracts/enterprise-events");
  final ObjectMapper json = new ObjectMapper();
  @Inject EntityManager em;
  @Inject cn.gov.huaian.zjtx.enterprise.demo.DemoLoader demo;

  @BeforeEach
  void empty() {
    Db.reset();
  }

  @SuppressWarnings("unchecked")
  List<Object[]> events(String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createNativeQuery(
                        "select type, version, payload::text from outbox where aggregate_id = ?1 order by seq")
                    .setParameter(1, UUID.fromString(id))
                    .getResultList());
  }

  @Test
  void everyProducedEventMatchesItsSchemaAndVersionsIncrease() throws Exception {
    String admin = Tokens.of("admin-demo");
    var profile = Fixtures.profile();
    String id = Fixtures.register(profile);
    profile.put("park", null);
    profile.put("chainPosition", null);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(profile)
        .when()
        .put("/api/v1/enterprises/" + id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "revenue",
                30_000_000,
                "mainRevenue",
                28_000_000,
                "rdSpending",
                1_500_000,
                "cncRate",
                62.5,
                "cloudStar",
                2))
        .when()
        .put("/api/v1/enterprises/" + id + "/figures/2024")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind",
                "srdi-sme",
                "level",
                "provincial",
                "batch",
                "2024 年",
                "grantedOn",
                "2024-12-01"))
        .when()
        .post("/api/v1/enterprises/" + id + "/qualifications")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("pool", "listing", "enteredOn", "2025-01-01", "reason", "拟在北交所上市"))
        .when()
        .post("/api/v1/enterprises/" + id + "/pools")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "张专员"))
        .when()
        .put("/api/v1/enterprises/" + id + "/commissioners/" + DemoIds.COMM_DEMO_SUBJECT)
        .then()
        .statusCode(200);

    var rows = events(id);
    assertThat(rows)
        .extracting(r -> r[0])
        .containsExactly(
            "enterprise.registered",
            "enterprise.changed",
            "enterprise.changed",
            "enterprise.changed",
            "enterprise.tier-certified",
            "enterprise.changed",
            "enterprise.changed");
    assertThat(rows)
        .extracting(r -> ((Number) r[1]).longValue())
        .containsExactly(0L, 1L, 2L, 3L, 3L, 4L, 5L);
    for (Object[] r : rows) {
      JsonNode schema = json.readTree(Files.readString(CONTRACTS.resolve(r[0] + ".schema.json")));
      JsonNode event = json.readTree((String) r[2]);
      assertThat(MiniJsonSchema.errors(schema, event)).as(r[0] + " " + r[2]).isEmpty();
    }
    JsonNode last = json.readTree((String) rows.get(rows.size() - 1)[2]);
    assertThat(last.at("/data/tier").asText()).isEqualTo("srdi-sme");
    assertThat(last.at("/data/qualifications/0/firstGrantedOn").asText()).isEqualTo("2024-12-01");
    assertThat(last.at("/data/pools/0").asText()).isEqualTo("listing");
    assertThat(last.at("/data/figures/0/revenue").decimalValue()).isEqualByComparingTo("30000000");
    assertThat(last.at("/data/latestDerived/rdRatio").decimalValue()).isEqualByComparingTo("0.05");
    assertThat(last.at("/data/commissioners").size()).isEqualTo(1);
    assertThat(last.at("/data/commissioners/0/subject").asText())
        .isEqualTo(DemoIds.COMM_DEMO_SUBJECT);
    assertThat(last.at("/data/commissioners/0/name").asText()).isEqualTo("张专员");
    assertThat(last.at("/data/commissioners/0/assignedAt").isTextual()).isTrue();
    assertThat(json.readTree((String) rows.get(0)[2]).at("/data/commissioners").isArray()).isTrue();
  }

  @Test
  void assigningOrUnassigningACommissionerIsAChange() throws Exception {
    String admin = Tokens.of("admin-demo");
    String id =
        given()
            .auth()
            .oauth2(admin)
            .contentType(ContentType.JSON)
            .body(Fixtures.profile())
            .when()
            .post("/api/v1/enterprises")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String path = "/api/v1/enterprises/" + id + "/commissioners/" + DemoIds.COMM_DEMO_SUBJECT;
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "张专员"))
        .when()
        .put(path)
        .then()
        .statusCode(200);
    // the same assignment again changes nothing
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "张专员"))
        .when()
        .put(path)
        .then()
        .statusCode(200);
    given().auth().oauth2(admin).when().delete(path).then().statusCode(204);

    var rows = events(id);
    assertThat(rows)
        .extracting(r -> r[0])
        .containsExactly("enterprise.registered", "enterprise.changed", "enterprise.changed");
    assertThat(rows).extracting(r -> ((Number) r[1]).longValue()).containsExactly(0L, 1L, 2L);
    JsonNode schema =
        json.readTree(Files.readString(CONTRACTS.resolve("enterprise.changed.schema.json")));
    JsonNode assigned = json.readTree((String) rows.get(1)[2]);
    JsonNode unassigned = json.readTree((String) rows.get(2)[2]);
    assertThat(MiniJsonSchema.errors(schema, assigned)).isEmpty();
    assertThat(MiniJsonSchema.errors(schema, unassigned)).isEmpty();
    assertThat(assigned.at("/data/commissioners/0/subject").asText())
        .isEqualTo(DemoIds.COMM_DEMO_SUBJECT);
    assertThat(unassigned.at("/data/commissioners").isArray()).isTrue();
    assertThat(unassigned.at("/data/commissioners").size()).isZero();
    assertThat(Db.count("select version from enterprise where id = '" + id + "'")).isEqualTo(2);
  }

  @Test
  void theDemoAssignmentsArePublished() throws Exception {
    Db.reset();
    assertThat(demo.loadIfEmpty(200, 11)).isEqualTo(200);
    var rows = events(DemoIds.ENT_DEMO.toString());
    JsonNode last = json.readTree((String) rows.get(rows.size() - 1)[2]);
    JsonNode schema =
        json.readTree(
            Files.readString(CONTRACTS.resolve(rows.get(rows.size() - 1)[0] + ".schema.json")));
    assertThat(MiniJsonSchema.errors(schema, last)).isEmpty();
    assertThat(last.at("/data/commissioners").findValuesAsText("subject"))
        .contains(DemoIds.COMM_DEMO_SUBJECT);
    assertThat(
            Db.count(
                "select count(distinct o.aggregate_id) from outbox o join commissioner_assignment a on a.enterprise_id = o.aggregate_id"
                    + " where o.type = 'enterprise.changed' and o.payload::jsonb -> 'data' -> 'commissioners' @> jsonb_build_array(jsonb_build_object('subject', a.commissioner_subject))"))
        .isEqualTo(Db.count("select count(distinct enterprise_id) from commissioner_assignment"));
  }

  @Test
  void aRejectedRequestWritesNoEvent() {
    var bad = Fixtures.profile("91320800MA1MG4YK63", "坏代码公司");
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(bad)
        .when()
        .post("/api/v1/enterprises")
        .then()
        .statusCode(400);
    assertThat(Db.count("select count(*) from outbox")).isZero();
  }
}
