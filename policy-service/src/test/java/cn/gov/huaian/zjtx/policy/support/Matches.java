package cn.gov.huaian.zjtx.policy.support;

import static io.restassured.RestAssured.given;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.catalog.Program;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads stored results through the API and waits for the jobs to produce them. */
public final class Matches {
  private Matches() {}

  /** The id of the catalogue program with this code (the loader created it at start). */
  public static UUID catalogueProgram(String code) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Program.<Program>find("code", code).firstResult().id);
  }

  public static Optional<Map<String, Object>> result(UUID enterprise, UUID program) {
    JsonPath json =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .get("/api/v1/enterprises/" + enterprise + "/matches")
            .then()
            .extract()
            .jsonPath();
    if (json.get("status") instanceof Integer) {
      return Optional.empty();
    }
    Map<String, Object> item = json.get("find { it.programId == '" + program + "' }");
    return Optional.ofNullable(item);
  }

  /** Waits until the stored result has the status and rules version. */
  public static Map<String, Object> await(
      UUID enterprise, UUID program, String status, int rulesVersion) {
    return Await.until(
        () -> result(enterprise, program).orElse(Map.of()),
        r ->
            status.equals(r.get("status"))
                && Integer.valueOf(rulesVersion).equals(r.get("rulesVersion")));
  }

  public static void awaitFacts(UUID enterprise, long version) {
    Await.until(
        () ->
            given()
                .auth()
                .oauth2(Tokens.of("admin-demo"))
                .get("/api/v1/enterprises/" + enterprise + "/facts")
                .then()
                .extract()
                .jsonPath(),
        j -> j.get("version") != null && ((Number) j.get("version")).longValue() == version);
  }
}
