package cn.gov.huaian.zjtx.policy.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.Await;
import cn.gov.huaian.zjtx.policy.support.ProgramsApi;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Chinese full-text search of published policies in the real Elasticsearch, under the test prefix.
 */
@QuarkusTest
@Tag("servers")
class SearchTest {
  @Inject ElasticsearchClient es;
  @Inject SearchConfig config;
  static UUID rd;
  static UUID talent;
  static UUID loan;

  @BeforeEach
  void policies() {
    if (rd != null) {
      return;
    }
    ObjectNode a = ProgramsApi.policy("专精特新企业研发费用奖补", ProgramsApi.rdRule(3, null, 100_000));
    a.put("summary", "对研发投入达标的专精特新中小企业给予一次性奖励");
    var created = ProgramsApi.create(a);
    UUID first = UUID.fromString(created.path("id"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .header("If-Match", created.header("ETag"))
        .post("/api/v1/programs/" + first + "/publish")
        .then()
        .statusCode(200);
    ObjectNode b = ProgramsApi.policy("金湖县高层次人才安家补贴", ProgramsApi.rdRule(3, null, 50_000));
    b.put("category", "人才")
        .put("regionLevel", "DISTRICT")
        .put("districtCode", "320831")
        .put("clauseText", "对企业引进的高层次人才给予安家补贴。");
    talent = ProgramsApi.createAndPublish(b);
    ObjectNode c = ProgramsApi.policy("集成电路企业流动资金贷款贴息", ProgramsApi.rdRule(3, null, 30_000));
    c.put("category", "融资")
        .put("validFrom", "2025-01-01")
        .put("validTo", "2025-06-30")
        .put("clauseText", "对集成电路设计、制造企业的流动资金贷款给予贴息。");
    loan = ProgramsApi.createAndPublish(c);
    Await.until(() -> ids(Map.of("q", "安家补贴")), l -> l.contains(talent.toString()));
    Await.until(() -> ids(Map.of("q", "贷款贴息")), l -> l.contains(loan.toString()));
    rd = first;
  }

  private static List<String> ids(Map<String, ?> params) {
    return given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParams(params)
        .get("/api/v1/policies/search")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }

  @Test
  void theIndexNameCarriesTheConfiguredPrefix() throws Exception {
    assertThat(config.alias()).isEqualTo("test-zjtx-policy-policy-programs");
    assertThat(es.indices().existsAlias(a -> a.name(config.alias())).value()).isTrue();
  }

  @Test
  void segmentedWordsFindThePolicyAndRankItFirst() {
    List<String> hits = ids(Map.of("q", "专精特新 研发奖补"));
    assertThat(hits.getFirst()).isEqualTo(rd.toString());
    // 奖补 ~ 补贴 is a synonym, so the talent subsidy is found too, below the policy that says it.
    assertThat(hits.indexOf(talent.toString())).isGreaterThan(0);
    assertThat(ids(Map.of("q", "研发费用专项审计"))).doesNotContain(talent.toString());
  }

  @Test
  void synonymsAreAppliedAtQueryTime() {
    assertThat(ids(Map.of("q", "芯片"))).contains(loan.toString());
  }

  @Test
  void filtersByCategoryDistrictAndValidity() {
    assertThat(ids(Map.of("category", "人才", "district", "320831"))).contains(talent.toString());
    assertThat(ids(Map.of("category", "人才", "district", "320812")))
        .doesNotContain(talent.toString());
    assertThat(ids(Map.of("q", "贴息", "validOn", "2026-01-01"))).doesNotContain(loan.toString());
    assertThat(ids(Map.of("q", "贴息", "validOn", "2025-03-01"))).contains(loan.toString());
    assertThat(ids(Map.of("department", "淮安市工业和信息化局", "category", "融资"))).contains(loan.toString());
  }

  @Test
  void badFiltersAreChinese400s() {
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("category", "娱乐")
        .get("/api/v1/policies/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("validOn", "明天")
        .get("/api/v1/policies/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void aWithdrawnPolicyLeavesTheIndex() {
    ObjectNode d = ProgramsApi.policy("首台套装备推广应用奖励", ProgramsApi.rdRule(3, null, 10_000));
    var created = ProgramsApi.create(d);
    String id = created.path("id");
    String etag =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .header("If-Match", created.header("ETag"))
            .post("/api/v1/programs/" + id + "/publish")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Await.until(() -> ids(Map.of("q", "首台套")), l -> l.contains(id));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .header("If-Match", etag)
        .post("/api/v1/programs/" + id + "/withdraw")
        .then()
        .statusCode(200);
    Await.until(() -> ids(Map.of("q", "首台套")), l -> !l.contains(id));
  }
}
