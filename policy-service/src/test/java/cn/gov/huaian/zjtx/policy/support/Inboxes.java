package cn.gov.huaian.zjtx.policy.support;

import static io.restassured.RestAssured.given;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads an enterprise's inbox through the API. */
public final class Inboxes {
  private Inboxes() {}

  public static List<Map<String, Object>> of(UUID enterprise) {
    return given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .queryParam("size", 200)
        .get("/api/v1/enterprises/" + enterprise + "/notifications")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("page.items");
  }

  public static List<Map<String, Object>> of(UUID enterprise, UUID program, String kind) {
    return of(enterprise).stream()
        .filter(n -> program.toString().equals(n.get("programId")) && kind.equals(n.get("kind")))
        .toList();
  }

  public static Map<String, Object> awaitOne(UUID enterprise, UUID program, String kind) {
    return Await.until(() -> of(enterprise, program, kind), l -> !l.isEmpty()).getFirst();
  }
}
