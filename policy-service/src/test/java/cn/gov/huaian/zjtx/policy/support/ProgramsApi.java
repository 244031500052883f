package cn.gov.huaian.zjtx.policy.support;

import static io.restassured.RestAssured.given;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;

/** Programs created and published through the real API, as an admin would. */
public final class ProgramsApi {
  private ProgramsApi() {}

  /**
   * Rules: R&D ratio at least {@code ratio} percent in a district (or anywhere when null), a fixed
   * amount.
   */
  public static ObjectNode rdRule(double ratio, String district, long amount) {
    ObjectNode rules = EnterpriseEvents.MAPPER.createObjectNode();
    var all = rules.putObject("eligibility").put("label", "研发投入达标").putArray("all");
    var leaf = all.addObject().put("label", "研发费用占比不低于" + ratio + "%").put("clause", "第三条第（一）项");
    leaf.putObject("gte").put("fact", "rd_ratio").put("value", ratio);
    if (district != null) {
      all.addObject().putObject("in").put("fact", "district").putArray("values").add(district);
    }
    rules.putObject("benefit").put("fixed", amount);
    return rules;
  }

  public static ObjectNode policy(String title, ObjectNode rules) {
    ObjectNode body = EnterpriseEvents.MAPPER.createObjectNode();
    body.put("kind", "POLICY");
    body.put("title", title);
    body.put("category", "奖励");
    body.put("department", "淮安市工业和信息化局");
    body.put("docNumber", "淮工信〔2025〕" + (int) (Math.random() * 1000) + "号");
    body.put("clauseText", "对研发费用占营业收入比重达到规定比例的专精特新企业给予奖励。");
    body.put("validFrom", "2025-01-01");
    body.put("validTo", "2027-12-31");
    body.put("budget", 5_000_000);
    body.set("rules", rules);
    return body;
  }

  public static ExtractableResponse<Response> create(ObjectNode body) {
    return given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/v1/programs")
        .then()
        .statusCode(201)
        .extract();
  }

  public static UUID createAndPublish(ObjectNode body) {
    var created = create(body);
    UUID id = UUID.fromString(created.path("id"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .header("If-Match", created.header("ETag"))
        .post("/api/v1/programs/" + id + "/publish")
        .then()
        .statusCode(200);
    return id;
  }
}
