package cn.gov.huaian.zjtx.policy.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.Await;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Inboxes;
import cn.gov.huaian.zjtx.policy.support.Matches;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 已持有 through the API: a firm holding 专精特新中小企业 sees its certificate (first certified, valid until,
 * the 2026 办法's transition) on the tier's result, whatever today's rules say of it.
 */
@QuarkusTest
@Tag("servers")
class HeldTitleTest {
  @Test
  void aHolderSeesItsCertificateBesideTheVerdictAndOthersSeeNone() {
    var holder =
        EnterpriseEvents.firm(UUID.randomUUID())
            .certificate("srdi-sme", "provincial", "2025-01-24", "2028-01-23", "2025-01-24");
    var other = EnterpriseEvents.firm(UUID.randomUUID());
    EnterpriseEvents.publish(holder.event("enterprise.changed"));
    EnterpriseEvents.publish(other.event("enterprise.changed"));
    UUID tier = Matches.catalogueProgram("tier.zjtx-sme.2026");

    Map<String, Object> result =
        Await.until(
            () -> Matches.result(holder.id(), tier).orElse(Map.of()), r -> r.get("held") != null);
    @SuppressWarnings("unchecked")
    Map<String, Object> held = (Map<String, Object>) result.get("held");
    assertThat(held.get("label")).isEqualTo("专精特新中小企业");
    assertThat(held.get("firstCertifiedOn")).isEqualTo("2025-01-24");
    assertThat(held.get("validUntil")).isEqualTo("2028-01-23");
    assertThat((String) held.get("note")).contains("原有效期内继续有效");

    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/enterprises/" + holder.id() + "/matches/" + tier)
        .then()
        .statusCode(200)
        .body("held.validUntil", equalTo("2028-01-23"));
    Await.until(() -> Matches.result(other.id(), tier), r -> r.isPresent());
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/enterprises/" + other.id() + "/matches/" + tier)
        .then()
        .statusCode(200)
        .body("held", nullValue());
  }

  /** 已持有 is a filter of its own: a title held is listed there and under no verdict. */
  @Test
  void aTitleHeldIsListedUnderHeldAndUnderNoVerdict() {
    var holder =
        EnterpriseEvents.firm(UUID.randomUUID())
            .certificate("srdi-sme", "provincial", "2025-01-24", "2028-01-23", "2025-01-24");
    EnterpriseEvents.publish(holder.event("enterprise.changed"));
    UUID tier = Matches.catalogueProgram("tier.zjtx-sme.2026");
    Map<String, Object> result =
        Await.until(
            () -> Matches.result(holder.id(), tier).orElse(Map.of()), r -> r.get("held") != null);
    String url = "/api/v1/enterprises/" + holder.id() + "/matches";

    List<String> held = programIds(url + "?status=HELD");
    assertThat(held).contains(tier.toString());
    assertThat(programIds(url + "?status=" + result.get("status"))).doesNotContain(tier.toString());
    List<String> all = programIds(url);
    int verdicts = 0;
    for (String status : List.of("ELIGIBLE", "PENDING_VERIFICATION", "UNKNOWN", "NOT_ELIGIBLE")) {
      verdicts += programIds(url + "?status=" + status).size();
    }
    assertThat(verdicts + held.size())
        .as("every result under exactly one filter")
        .isEqualTo(all.size());
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get(url + "?status=HOLDING")
        .then()
        .statusCode(400)
        .body("violations[0].message", containsString("HELD"));
  }

  private static List<String> programIds(String url) {
    return given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get(url)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("programId", String.class);
  }

  @Test
  void aHolderIsNotToldItNewlyQualifiesForTheTitleItHolds() {
    UUID tier = Matches.catalogueProgram("tier.tech-innovative-sme.2026");
    // 高新技术企业 qualifies directly (63号附件1, kept in force by the 2026 办法)
    var newcomer = EnterpriseEvents.firm(UUID.randomUUID()).qualification("high-tech", "national");
    var holder =
        EnterpriseEvents.firm(UUID.randomUUID())
            .qualification("high-tech", "national")
            .certificate("innovative-sme", "provincial", "2025-06-01", "2028-05-31", "2025-06-01");
    EnterpriseEvents.publish(newcomer.event("enterprise.changed"));
    EnterpriseEvents.publish(holder.event("enterprise.changed"));

    Inboxes.awaitOne(newcomer.id(), tier, "NEWLY_ELIGIBLE");
    Map<String, Object> held =
        Await.until(
            () -> Matches.result(holder.id(), tier).orElse(Map.of()), r -> r.get("status") != null);
    assertThat(held.get("status"))
        .isEqualTo(Matches.result(newcomer.id(), tier).orElseThrow().get("status"));
    assertThat(held.get("held")).isNotNull();
    assertThat(Inboxes.of(holder.id(), tier, "NEWLY_ELIGIBLE")).isEmpty();
  }
}
