package cn.gov.huaian.zjtx.policy.push;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.Await;
import cn.gov.huaian.zjtx.policy.support.DemoIds;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Matches;
import cn.gov.huaian.zjtx.policy.support.ProgramsApi;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 1 (SSRF through webhooks) and the commissioner's notification stream (item 3). The
 * test profile allows http and allow-lists exactly 127.0.0.1:18977 (the receiver of PushTest).
 */
@QuarkusTest
@Tag("servers")
class WebhookSafetyTest {
  private static final String HOOKS = "/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/webhooks";

  @TestHTTPResource("/")
  URL base;

  @Inject EntityManager em;

  @BeforeEach
  @AfterEach
  void noWebhooksOfEntDemo() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "update webhook_delivery set status = 'DEAD' where status = 'PENDING' and webhook_id in "
                          + "(select id from webhook where enterprise_id = ?1)")
                  .setParameter(1, DemoIds.ENT_DEMO)
                  .executeUpdate();
              em.createNativeQuery("update webhook set active = false where enterprise_id = ?1")
                  .setParameter(1, DemoIds.ENT_DEMO)
                  .executeUpdate();
            });
  }

  @Test
  void addressesOfThePlatformsOwnNetworkAreRefusedAtRegistration() {
    for (String url :
        List.of(
            "http://169.254.169.254/latest/meta-data/",
            "http://127.0.0.1:8081/q/health",
            "http://0.0.0.0:8082/",
            "http://2130706433:8081/",
            "http://0177.0.0.1:8081/",
            "http://0x7f.1:8081/",
            "http://127.1:8081/",
            "http://localhost:8081/q/health",
            "http://[::1]:8081/",
            "http://[::ffff:127.0.0.1]:8081/",
            "http://[fd00::1]/",
            "http://10.0.0.8/",
            "http://100.64.0.1/",
            "http://224.0.0.1/",
            "http://127.0.0.1:18978/ok")) {
      given()
          .auth()
          .oauth2(Tokens.of("ent-demo"))
          .contentType(ContentType.JSON)
          .body(Map.of("url", url))
          .post(HOOKS)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("type", equalTo("https://zjtx.huaian.gov.cn/problems/webhook-url-refused"))
          .body("violations[0].field", equalTo("url"));
    }
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .get(HOOKS)
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
  }

  @Test
  void aFirmHasAtMostFiveWebhooks() {
    for (int i = 0; i < 5; i++) {
      register("http://127.0.0.1:18977/hook-" + i).statusCode(201);
    }
    register("http://127.0.0.1:18977/hook-6")
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://zjtx.huaian.gov.cn/problems/webhook-limit-reached"))
        .body("detail", org.hamcrest.Matchers.containsString("5"));
    String first =
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo"))
            .get(HOOKS)
            .then()
            .statusCode(200)
            .body("$", hasSize(5))
            .extract()
            .path("[0].id");
    given().auth().oauth2(Tokens.of("ent-demo")).delete(HOOKS + "/" + first).then().statusCode(204);
    register("http://127.0.0.1:18977/hook-6").statusCode(201);
  }

  @Test
  void aWebhookStoredBeforeTheChecksIsRefusedAtDelivery() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    internal.createContext(
        "/",
        exchange -> {
          calls.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    internal.start();
    try {
      var firm = EnterpriseEvents.firm(UUID.randomUUID()).district("320813");
      firm.version(1);
      EnterpriseEvents.publish(firm.event("enterprise.changed"));
      Matches.awaitFacts(firm.id(), 1);
      UUID webhook = UUID.randomUUID();
      String url = "http://127.0.0.1:" + internal.getAddress().getPort() + "/q/health";
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  em.createNativeQuery(
                          "insert into webhook (id, enterprise_id, url, secret) values (?1, ?2, ?3, 'whsec_x')")
                      .setParameter(1, webhook)
                      .setParameter(2, firm.id())
                      .setParameter(3, url)
                      .executeUpdate());
      ProgramsApi.createAndPublish(
          ProgramsApi.policy("投递前复核测试", ProgramsApi.rdRule(1, "320813", 6_000)));
      Map<String, Object> dead =
          Await.until(
              () -> delivery(webhook.toString()), d -> d != null && "DEAD".equals(d.get("status")));
      assertThat((String) dead.get("lastError")).contains("本机回环地址").contains("不允许");
      assertThat(calls.get()).isZero();
    } finally {
      internal.stop(0);
    }
  }

  @Test
  void aCommissionerOpensTheStreamOfItsFirmsOnly() throws Exception {
    var served = EnterpriseEvents.firm(UUID.randomUUID()).commissioner(DemoIds.COMM_DEMO_SUBJECT);
    served.version(1);
    EnterpriseEvents.publish(served.event("enterprise.changed"));
    Matches.awaitFacts(served.id(), 1);
    HttpClient client = HttpClient.newHttpClient();
    assertThat(streamStatus(client, served.id())).isEqualTo(200);
    assertThat(streamStatus(client, UUID.randomUUID())).isEqualTo(404);
  }

  private int streamStatus(HttpClient client, UUID firm) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(base + "api/v1/enterprises/" + firm + "/notifications/stream"))
            .header("Authorization", "Bearer " + Tokens.of("comm-demo"))
            .header("Accept", "text/event-stream")
            .build();
    var response =
        client
            .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
            .get(10, TimeUnit.SECONDS);
    response.body().close();
    return response.statusCode();
  }

  private static io.restassured.response.ValidatableResponse register(String url) {
    return given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .contentType(ContentType.JSON)
        .body(Map.of("url", url))
        .post(HOOKS)
        .then();
  }

  private static Map<String, Object> delivery(String webhookId) {
    List<Map<String, Object>> all =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .queryParam("size", 500)
            .get("/api/v1/webhook-deliveries")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return all.stream().filter(d -> webhookId.equals(d.get("webhookId"))).findFirst().orElse(null);
  }
}
