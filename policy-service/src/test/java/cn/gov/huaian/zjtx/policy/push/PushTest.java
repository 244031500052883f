package cn.gov.huaian.zjtx.policy.push;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.facts.ReadModel;
import cn.gov.huaian.zjtx.policy.support.Await;
import cn.gov.huaian.zjtx.policy.support.DemoIds;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import cn.gov.huaian.zjtx.policy.support.Inboxes;
import cn.gov.huaian.zjtx.policy.support.Matches;
import cn.gov.huaian.zjtx.policy.support.ProgramsApi;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A changed result reaches the enterprise once: inbox, SSE stream and signed webhooks. */
@QuarkusTest
@Tag("servers")
class PushTest {
  @TestHTTPResource("/")
  URL base;

  private static EnterpriseEvents.Snapshot registered(
      EnterpriseEvents.Snapshot firm, long version) {
    firm.version(version);
    EnterpriseEvents.publish(firm.event("enterprise.changed"));
    Matches.awaitFacts(firm.id(), version);
    return firm;
  }

  @Test
  void aChangeIsNotifiedExactlyOnceEvenWhenDetectedAgain() throws Exception {
    var firm = registered(EnterpriseEvents.firm(UUID.randomUUID()), 1);
    UUID eventId = UUID.randomUUID();
    UUID program =
        ProgramsApi.createAndPublish(
            ProgramsApi.policy("推送测试奖励", ProgramsApi.rdRule(3, null, 200_000)));
    var n = Inboxes.awaitOne(firm.id(), program, "NEWLY_ELIGIBLE");
    assertThat(n.get("title")).isEqualTo("新符合政策：推送测试奖励");
    assertThat((String) n.get("body")).contains("20万元");

    EnterpriseEvents.publish(firm.event(eventId, "enterprise.changed"));
    EnterpriseEvents.publish(firm.event(eventId, "enterprise.changed"));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .post("/api/v1/match-jobs")
        .then()
        .statusCode(202);
    Thread.sleep(1500);
    Await.until(() -> pendingJobs(), c -> c == 0);
    assertThat(Inboxes.of(firm.id(), program, "NEWLY_ELIGIBLE")).hasSize(1);

    registered(firm.rd(500_000, 0.01), 2);
    Inboxes.awaitOne(firm.id(), program, "NO_LONGER_ELIGIBLE");
  }

  @Test
  void anAmountChangeIsNotified() {
    var firm = registered(EnterpriseEvents.firm(UUID.randomUUID()), 1);
    ObjectNode body = ProgramsApi.policy("金额变化测试", ProgramsApi.rdRule(3, null, 100_000));
    var created = ProgramsApi.create(body);
    UUID program = UUID.fromString(created.path("id"));
    String etag =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .header("If-Match", created.header("ETag"))
            .post("/api/v1/programs/" + program + "/publish")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Inboxes.awaitOne(firm.id(), program, "NEWLY_ELIGIBLE");
    body.set("rules", ProgramsApi.rdRule(3, null, 150_000));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body.toString())
        .put("/api/v1/programs/" + program)
        .then()
        .statusCode(200);
    var n = Inboxes.awaitOne(firm.id(), program, "AMOUNT_CHANGED");
    assertThat((String) n.get("body")).contains("10万元").contains("15万元");
  }

  @Test
  void theEnterpriseReadsAndMarksItsOwnInboxOnly() {
    registered(EnterpriseEvents.firm(DemoIds.ENT_DEMO), System.currentTimeMillis());
    UUID program =
        ProgramsApi.createAndPublish(
            ProgramsApi.policy("已读测试", ProgramsApi.rdRule(1, "320812", 10_000)));
    var n = Inboxes.awaitOne(DemoIds.ENT_DEMO, program, "NEWLY_ELIGIBLE");
    String path = "/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/notifications/" + n.get("id");
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .post(path + "/read")
        .then()
        .statusCode(200)
        .body("read", equalTo(true));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .queryParam("unread", false)
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/notifications")
        .then()
        .statusCode(200)
        .body("page.items.id", hasItem(n.get("id")));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/notifications")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().auth().oauth2(Tokens.of("ent-demo-2")).post(path + "/read").then().statusCode(404);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .post(
            "/api/v1/enterprises/"
                + DemoIds.ENT_DEMO
                + "/notifications/"
                + UUID.randomUUID()
                + "/read")
        .then()
        .statusCode(404);
  }

  @Test
  void anOpenStreamReceivesTheNotificationLive() throws Exception {
    var firm = registered(EnterpriseEvents.firm(UUID.randomUUID()).rd(100_000, 0.002), 1);
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(base + "api/v1/enterprises/" + firm.id() + "/notifications/stream"))
            .header("Authorization", "Bearer " + Tokens.of("admin-demo"))
            .header("Accept", "text/event-stream")
            .build();
    var response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
    var stream = response.get(10, TimeUnit.SECONDS);
    assertThat(stream.statusCode()).isEqualTo(200);
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    stream.body().forEach(lines::add);
                  } catch (java.io.UncheckedIOException stopped) {
                    // The test ends the stream by interrupting its reader: not a failure.
                  }
                });
    Thread.sleep(300);
    UUID program =
        ProgramsApi.createAndPublish(
            ProgramsApi.policy("实时推送测试", ProgramsApi.rdRule(0.1, null, 5_000)));
    String data =
        Await.until(
            () ->
                lines.stream()
                    .filter(l -> l.startsWith("data:") && l.contains(program.toString()))
                    .findFirst()
                    .orElse(""),
            l -> !l.isEmpty());
    assertThat(data).contains("NEWLY_ELIGIBLE").contains("实时推送测试");
    reader.interrupt();
  }

  @Test
  void webhooksAreSignedRetriedAndDeadLettered() throws Exception {
    List<String[]> received = new CopyOnWriteArrayList<>();
    // The one receiver address the test profile allow-lists (127.0.0.1:18977): loopback is refused
    // everywhere else.
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 18977), 0);
    server.createContext(
        "/ok",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(
              new String[] {exchange.getRequestHeaders().getFirst(Signatures.HEADER), body});
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.createContext(
        "/broken",
        exchange -> {
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    server.start();
    String okId = null;
    try {
      String hooks = "/api/v1/enterprises/" + DemoIds.ENT_DEMO_2 + "/webhooks";
      String root = "http://127.0.0.1:" + server.getAddress().getPort();
      var ok =
          given()
              .auth()
              .oauth2(Tokens.of("ent-demo-2"))
              .contentType(ContentType.JSON)
              .body(Map.of("url", root + "/ok"))
              .post(hooks)
              .then()
              .statusCode(201)
              .extract();
      String secret = ok.path("secret");
      okId = ok.path("id");
      String brokenId =
          given()
              .auth()
              .oauth2(Tokens.of("ent-demo-2"))
              .contentType(ContentType.JSON)
              .body(Map.of("url", root + "/broken"))
              .post(hooks)
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      given()
          .auth()
          .oauth2(Tokens.of("ent-demo-2"))
          .contentType(ContentType.JSON)
          .body(Map.of("url", "ftp://x"))
          .post(hooks)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(Tokens.of("ent-demo"))
          .contentType(ContentType.JSON)
          .body(Map.of("url", root + "/ok"))
          .post(hooks)
          .then()
          .statusCode(404);

      registered(
          EnterpriseEvents.firm(DemoIds.ENT_DEMO_2).district("320830"), System.currentTimeMillis());
      UUID program =
          ProgramsApi.createAndPublish(
              ProgramsApi.policy("盱眙 webhook 测试", ProgramsApi.rdRule(1, "320830", 8_000)));
      String[] call =
          Await.until(
              () ->
                  received.stream()
                      .filter(r -> r[1].contains(program.toString()))
                      .findFirst()
                      .orElse(null),
              r -> r != null);
      assertThat(Signatures.verify(secret, call[0], call[1])).isTrue();
      assertThat(Signatures.verify("whsec_wrong", call[0], call[1])).isFalse();
      assertThat(call[1]).contains("\"type\":\"notification.newly-eligible\"");
      var schema =
          EnterpriseEvents.MAPPER.readTree(
              java.nio.file.Files.readString(
                  java.nio.file.Path.of(
                      "..",
                      "deploy",
                      "contracts",
                      "policy-events",
                      "notification.webhook.schema.json")));
      assertThat(
              cn.gov.huaian.zjtx.platform.testing.MiniJsonSchema.errors(
                  schema, EnterpriseEvents.MAPPER.readTree(call[1])))
          .isEmpty();

      Map<String, Object> dead = Await.until(() -> deadFor(brokenId), d -> d != null);
      assertThat(((Number) dead.get("attempts")).intValue()).isEqualTo(3);
      assertThat(dead.get("lastStatus")).isEqualTo(500);
      given()
          .auth()
          .oauth2(Tokens.of("ent-demo-2"))
          .get("/api/v1/webhook-deliveries")
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(Tokens.of("admin-demo"))
          .post("/api/v1/webhook-deliveries/" + dead.get("id") + "/retry")
          .then()
          .statusCode(202);
      given()
          .auth()
          .oauth2(Tokens.of("ent-demo-2"))
          .delete(hooks + "/" + brokenId)
          .then()
          .statusCode(204);
    } finally {
      if (okId != null) {
        given()
            .auth()
            .oauth2(Tokens.of("ent-demo-2"))
            .delete("/api/v1/enterprises/" + DemoIds.ENT_DEMO_2 + "/webhooks/" + okId);
      }
      server.stop(0);
    }
  }

  private static Map<String, Object> deadFor(String webhookId) {
    List<Map<String, Object>> dead =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .queryParam("status", "DEAD")
            .queryParam("size", 500)
            .get("/api/v1/webhook-deliveries")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return dead.stream().filter(d -> webhookId.equals(d.get("webhookId"))).findFirst().orElse(null);
  }

  @Test
  void aDeadlineReminderIsSentOncePerDeadline() {
    var firm = registered(EnterpriseEvents.firm(UUID.randomUUID()), 1);
    ObjectNode body = ProgramsApi.policy("截止提醒测试", ProgramsApi.rdRule(3, null, 60_000));
    body.put("applyDeadline", ReadModel.today().plusDays(3).toString());
    UUID program = ProgramsApi.createAndPublish(body);
    Inboxes.awaitOne(firm.id(), program, "NEWLY_ELIGIBLE");
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .post("/api/v1/push/deadline-reminders")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .post("/api/v1/push/deadline-reminders")
        .then()
        .statusCode(200);
    assertThat(Inboxes.of(firm.id(), program, "DEADLINE_SOON")).hasSize(1);
  }

  @Test
  void anExemptProgramListsItsBeneficiariesAndExportsThem() throws Exception {
    var firm = registered(EnterpriseEvents.firm(UUID.randomUUID()), 1);
    ObjectNode body = ProgramsApi.policy("免申即享测试", ProgramsApi.rdRule(3, null, 30_000));
    body.put("exemptApplication", true);
    UUID program = ProgramsApi.createAndPublish(body);
    Matches.await(firm.id(), program, "ELIGIBLE", 1);
    Await.until(() -> pendingJobs(), c -> c == 0);
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/programs/" + program + "/beneficiaries")
        .then()
        .statusCode(200)
        .body("items.enterpriseId", hasItem(firm.id().toString()));
    byte[] xlsx =
        given()
            .auth()
            .oauth2(Tokens.of("admin-demo"))
            .get("/api/v1/programs/" + program + "/beneficiaries/export.xlsx")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      boolean found = false;
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        found |=
            firm.data
                .get("creditCode")
                .asText()
                .equals(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      assertThat(found).isTrue();
    }
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .get("/api/v1/programs/" + program + "/beneficiaries")
        .then()
        .statusCode(403);
    UUID ordinary =
        ProgramsApi.createAndPublish(ProgramsApi.policy("普通申报项目", ProgramsApi.rdRule(3, null, 1)));
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/programs/" + ordinary + "/beneficiaries")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @jakarta.inject.Inject jakarta.persistence.EntityManager em;

  private long pendingJobs() {
    return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from match_job where status in ('PENDING', 'RUNNING')")
                            .getSingleResult())
                    .longValue());
  }
}
