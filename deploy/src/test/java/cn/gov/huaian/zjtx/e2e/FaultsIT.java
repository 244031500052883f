package cn.gov.huaian.zjtx.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults injected into the running end-to-end instance: the broker stopped during a burst of
 * changes, PostgreSQL stopped, Elasticsearch stopped, a consumer and an import killed with {@code
 * kill -9}, Keycloak stopped, and the races a busy day brings (one Idempotency-Key sent 50 times at
 * once, two writers with one If-Match). Each asserts that nothing is lost or duplicated, what
 * callers get meanwhile, and how long recovery takes (printed; the figures are in
 * docs/benchmarks/reliability.md). The servers are stopped and started with the project's own
 * {@code deploy/bin/servers.sh fault …}, which needs the rights the servers run with.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {
  private static final Path REPO = Path.of(System.getProperty("zjtx.repo", "..")).toAbsolutePath();

  // ---------- races ----------

  @Test
  @Order(1)
  void fiftyConcurrentPostsWithOneIdempotencyKeyCreateOneEnterprise() throws Exception {
    Map<String, Object> profile = profile();
    String key = "faults-" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    List<Response> answers =
        concurrently(
            50,
            () ->
                Platform.as("admin-demo")
                    .contentType(ContentType.JSON)
                    .header("Idempotency-Key", key)
                    .body(profile)
                    .post("/api/v1/enterprises"));

    List<String> ids = new ArrayList<>();
    for (Response answer : answers) {
      assertThat(answer.statusCode()).as(answer.asString()).isIn(200, 201, 409);
      if (answer.statusCode() != 409) {
        ids.add(answer.path("id"));
      } else {
        assertThat(answer.contentType()).startsWith("application/problem+json");
      }
    }
    assertThat(ids).isNotEmpty();
    assertThat(ids.stream().distinct()).hasSize(1);
    int found =
        Platform.as("admin-demo")
            .queryParam("q", profile.get("name"))
            .get("/api/v1/enterprises")
            .then()
            .statusCode(200)
            .extract()
            .path("total");
    assertThat(found).isEqualTo(1);
  }

  @Test
  @Order(2)
  void twoWritersWithOneIfMatchGetOne200AndOne412() throws Exception {
    String id = register(profile());
    String etag = Platform.as("admin-demo").get("/api/v1/enterprises/" + id).header("ETag");
    Map<String, Object> change = profileOf(id);
    List<Response> answers =
        concurrently(
            2,
            () ->
                Platform.as("admin-demo")
                    .contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body(change)
                    .put("/api/v1/enterprises/" + id));
    assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 412);
  }

  // ---------- the broker ----------

  @Test
  @Order(3)
  void aBrokerOutageDuringTwoHundredChangesLosesNoneAndTheReadModelsCatchUp() throws Exception {
    String id = registeredAndKnownToPolicy();
    Map<String, Object> change = profileOf(id);
    int changes = 200;
    int refused = 0;
    fault("broker-stop");
    Instant back;
    try {
      for (int version = 0; version < changes; version++) {
        change.put("mainProduct", "焊接机器人第" + (version + 1) + "代");
        int status =
            Platform.as("admin-demo")
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(change)
                .put("/api/v1/enterprises/" + id)
                .statusCode();
        if (status != 200) {
          refused++;
        }
      }
      Response health = healthOfPlatform();
      assertThat(health.statusCode())
          .as("readiness during a broker outage: " + health.asString())
          .isEqualTo(200);
      assertThat(
              health
                  .jsonPath()
                  .getString("checks.find { it.name == 'enterprise-service' }.data.rabbitmq"))
          .isEqualTo("DEGRADED");
    } finally {
      fault("broker-start");
      back = Instant.now();
    }
    assertThat(refused).as("writes refused while the broker was away").isZero();
    awaitFactsVersion(id, changes, Duration.ofSeconds(90));
    long catchUp = Duration.between(back, Instant.now()).toMillis();
    System.out.printf(
        "FAULT broker: %d changes during the outage, 0 refused; read model caught up %d ms after the broker returned%n",
        changes, catchUp);
    Map<String, Object> facts =
        Platform.as("admin-demo")
            .get("/api/v1/enterprises/" + id + "/facts")
            .then()
            .extract()
            .path("");
    assertThat(facts.get("version")).isEqualTo(changes);
  }

  // ---------- PostgreSQL ----------

  @Test
  @Order(4)
  void aDatabaseOutageIsA503WithRetryAfterAndEveryServiceRecoversOnItsOwn() throws Exception {
    List<String> paths = List.of("/api/v1/enterprises", "/api/v1/policies", "/api/v1/tech-needs");
    for (String path : paths) {
      Platform.as("admin-demo").get(path).then().statusCode(200);
    }
    Instant back;
    fault("db-stop");
    try {
      for (String path : paths) {
        Response during = Platform.as("admin-demo").get(path);
        assertThat(during.statusCode()).as(path + " while PostgreSQL is down").isEqualTo(503);
        assertThat(during.header("Retry-After")).as(path + " Retry-After").isNotBlank();
        assertThat(during.contentType()).startsWith("application/problem+json");
      }
    } finally {
      fault("db-start");
      back = Instant.now();
    }
    for (String path : paths) {
      awaitStatus(path, 200, Duration.ofSeconds(60));
    }
    awaitReady(Duration.ofSeconds(60));
    System.out.printf(
        "FAULT postgres: 503 + Retry-After while down; all three services answered 200 %d ms after it returned, none restarted%n",
        Duration.between(back, Instant.now()).toMillis());
  }

  // ---------- Elasticsearch ----------

  @Test
  @Order(5)
  void withoutElasticsearchSearchSaysTryLaterWritesLandAndSearchCatchesUp() throws Exception {
    Instant back;
    fault("es-stop");
    try {
      Response search =
          Platform.as("ent-demo").queryParam("q", "研发").get("/api/v1/policies/search");
      assertThat(search.statusCode()).isEqualTo(503);
      assertThat(search.header("Retry-After")).isNotBlank();
      Response health = healthOfPlatform();
      assertThat(health.statusCode())
          .as("readiness without Elasticsearch: " + health.asString())
          .isEqualTo(200);
      assertThat(
              health
                  .jsonPath()
                  .getString("checks.find { it.name == 'matchmaking-service' }.data.elasticsearch"))
          .isEqualTo("DEGRADED");
      registeredAndKnownToPolicy();
    } finally {
      fault("es-start");
      back = Instant.now();
    }
    Instant until = Instant.now().plusSeconds(90);
    while (Platform.as("ent-demo").queryParam("q", "研发").get("/api/v1/policies/search").statusCode()
        != 200) {
      assertThat(Instant.now()).as("policy search answers again").isBefore(until);
      TimeUnit.MILLISECONDS.sleep(500);
    }
    System.out.printf(
        "FAULT elasticsearch: search 503 + Retry-After while down, writes landed; search answered %d ms after it was back%n",
        Duration.between(back, Instant.now()).toMillis());
  }

  // ---------- a consumer killed ----------

  @Test
  @Order(6)
  void aConsumerKilledMidBurstLosesNothingAndCatchesUpAfterItsRestart() throws Exception {
    String id = registeredAndKnownToPolicy();
    Map<String, Object> change = profileOf(id);
    int changes = 100;
    for (int version = 0; version < changes; version++) {
      if (version == changes / 2) {
        instance("kill", "policy-service");
      }
      change.put("mainProduct", "激光焊接头第" + (version + 1) + "代");
      Platform.as("admin-demo")
          .contentType(ContentType.JSON)
          .header("If-Match", "\"" + version + "\"")
          .body(change)
          .put("/api/v1/enterprises/" + id)
          .then()
          .statusCode(200);
    }
    Instant restart = Instant.now();
    instance("restart", "policy-service");
    Instant ready = Instant.now();
    awaitFactsVersion(id, changes, Duration.ofSeconds(90));
    Map<String, Object> facts =
        Platform.as("admin-demo")
            .get("/api/v1/enterprises/" + id + "/facts")
            .then()
            .extract()
            .path("");
    assertThat(facts.get("version"))
        .as("the read model holds the last change, once")
        .isEqualTo(changes);
    System.out.printf(
        "FAULT consumer: policy-service killed (-9) after %d of %d changes; restarted in %d ms; read model at the last version %d ms after it was ready%n",
        changes / 2,
        changes,
        Duration.between(restart, ready).toMillis(),
        Duration.between(ready, Instant.now()).toMillis());
  }

  // ---------- an import killed ----------

  @Test
  @Order(7)
  void anImportKilledMidwaySaysSoAndAReImportMakesTheDataRight() throws Exception {
    int rows = 8_000; // four chunks of the importer: killed after the first, far from the last
    String batch = Long.toString(ThreadLocalRandom.current().nextLong(100, 999));
    byte[] file = enterpriseList(batch, rows);
    String job = startImport(file);
    Instant until = Instant.now().plusSeconds(60);
    Response seen;
    // Killed once some rows are written, so the re-import meets rows it already holds.
    while ((int) (seen = importJob(job)).path("done") == 0) {
      assertThat((String) seen.path("status"))
          .as("the import has not finished before the kill")
          .isIn("queued", "running");
      assertThat(Instant.now()).as("the import writes its first rows").isBefore(until);
      TimeUnit.MILLISECONDS.sleep(20);
    }
    instance("kill", "enterprise-service");
    instance("restart", "enterprise-service");
    Response interrupted = importJob(job);
    assertThat((String) interrupted.path("status")).isEqualTo("failed");
    assertThat((String) interrupted.path("message")).contains("服务重启导致导入中断");
    int doneBeforeKill = interrupted.path("done");

    Instant again = Instant.now();
    String second = startImport(file);
    Response finished = awaitImport(second, Duration.ofSeconds(120));
    assertThat((String) finished.path("status")).as(finished.asString()).isEqualTo("done");
    assertThat((int) finished.path("failed")).isZero();
    int created = finished.path("created");
    int kept = (int) finished.path("unchanged") + (int) finished.path("updated");
    assertThat(created + kept).isEqualTo(rows);
    assertThat(kept)
        .as("the rows written before the kill are met again, not doubled")
        .isGreaterThanOrEqualTo(doneBeforeKill);
    int total =
        Platform.as("admin-demo")
            .queryParam("q", "淮安断点导入" + batch + "号")
            .get("/api/v1/enterprises")
            .then()
            .statusCode(200)
            .extract()
            .path("total");
    assertThat(total).as("every row once, none twice").isEqualTo(rows);
    // The registrations travel on to the consumers; the suite goes on once policy-service holds the
    // last one (a later test waiting for one firm's re-match would otherwise wait behind them).
    String last =
        Platform.as("admin-demo")
            .queryParam("q", "淮安断点导入" + batch + "号企业" + (rows - 1))
            .get("/api/v1/enterprises")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");
    Instant imported = Instant.now();
    awaitFactsVersion(last, 0, Duration.ofSeconds(240));
    long absorbed = Duration.between(imported, Instant.now()).toMillis();
    System.out.printf(
        "FAULT import: enterprise-service killed (-9) during a %d-row import (%d rows recorded as done); the job said so after the restart; the re-import created %d, kept %d, 0 failed, %d firms in all, in %d ms; policy-service held the last of them %d ms later%n",
        rows,
        doneBeforeKill,
        created,
        kept,
        total,
        Duration.between(again, imported).toMillis(),
        absorbed);
  }

  // ---------- Keycloak ----------

  @Test
  @Order(8)
  void withoutKeycloakIssuedTokensKeepWorkingAndUserAdministrationSaysTryLater() throws Exception {
    String issued = Platform.freshToken("admin-demo", "zjtx-portal");
    Instant back;
    fault("kc-stop");
    try {
      given()
          .baseUri(Platform.GATEWAY)
          .auth()
          .oauth2(issued)
          .get("/api/v1/enterprises")
          .then()
          .statusCode(200);
      Response users =
          given().baseUri(Platform.GATEWAY).auth().oauth2(issued).get("/api/v1/admin/users");
      assertThat(users.statusCode()).as(users.asString()).isEqualTo(503);
      assertThat(users.header("Retry-After")).isNotBlank();
      assertThat(users.contentType()).startsWith("application/problem+json");
      Response anonymous = given().baseUri(Platform.GATEWAY).get("/api/v1/enterprises");
      assertThat(anonymous.statusCode()).as("a caller without a token").isEqualTo(401);
      Response health = healthOfPlatform();
      assertThat(health.statusCode())
          .as("readiness without Keycloak: " + health.asString())
          .isEqualTo(200);
      assertThat(
              health.jsonPath().getString("checks.find { it.name == 'keycloak' }.data.available"))
          .isEqualTo("false");
    } finally {
      fault("kc-start");
      back = Instant.now();
    }
    Platform.freshToken("admin-demo", "zjtx-portal");
    awaitStatus("/api/v1/admin/users", 200, Duration.ofSeconds(60));
    System.out.printf(
        "FAULT keycloak: issued tokens kept working, user administration 503 + Retry-After, no token 401; logins and user administration back %d ms after Keycloak was ready%n",
        Duration.between(back, Instant.now()).toMillis());
  }

  // ---------- helpers ----------

  private static void fault(String what) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(REPO.resolve("deploy/bin/servers.sh").toString(), "fault", what)
            .inheritIO()
            .start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS))
        .as("servers.sh fault " + what + " finished")
        .isTrue();
    assertThat(p.exitValue()).as("servers.sh fault " + what).isZero();
  }

  /** The end-to-end instance's services, through the project's own script (kill, restart). */
  private static void instance(String command, String service)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(REPO.resolve("deploy/bin/platform.sh").toString(), command, service)
            .inheritIO();
    builder.environment().put("ZJTX_INSTANCE", System.getProperty("zjtx.instance", "e2e"));
    Process p = builder.start();
    assertThat(p.waitFor(240, TimeUnit.SECONDS))
        .as("platform.sh " + command + " " + service)
        .isTrue();
    assertThat(p.exitValue()).as("platform.sh " + command + " " + service).isZero();
  }

  /** A CSV enterprise list of {@code rows} firms whose names share the batch number. */
  private static byte[] enterpriseList(String batch, int rows) {
    StringBuilder csv = new StringBuilder("*统一社会信用代码,企业名称,成立日期,所在区县,国民经济行业代码,主导产品\r\n");
    for (int i = 0; i < rows; i++) {
      String code = creditCode("91320800M" + batch + String.format("%05d", i));
      csv.append(code)
          .append(",淮安断点导入")
          .append(batch)
          .append("号企业")
          .append(i)
          .append(",2015-03-08,清江浦区,3491,焊接机器人\r\n");
    }
    return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String startImport(byte[] file) {
    return Platform.as("admin-demo")
        .queryParam("kind", "enterprises")
        .multiPart("file", "断点导入.csv", file, "text/csv")
        .post("/api/v1/imports")
        .then()
        .statusCode(202)
        .extract()
        .path("id");
  }

  private static Response importJob(String id) {
    Response job = Platform.as("admin-demo").get("/api/v1/imports/" + id);
    assertThat(job.statusCode()).as(job.asString()).isEqualTo(200);
    return job;
  }

  private static Response awaitImport(String id, Duration patience) throws InterruptedException {
    Instant until = Instant.now().plus(patience);
    Response job;
    while (List.of("queued", "running").contains((job = importJob(id)).<String>path("status"))) {
      assertThat(Instant.now()).as("import " + id + " finishes").isBefore(until);
      TimeUnit.MILLISECONDS.sleep(250);
    }
    return job;
  }

  private static Response healthOfPlatform() {
    return io.restassured.RestAssured.given()
        .baseUri(Platform.GATEWAY_MANAGEMENT)
        .get("/q/health/ready");
  }

  private static List<Response> concurrently(int n, Supplier<Response> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.get();
                }));
      }
      start.countDown();
      List<Response> answers = new ArrayList<>();
      for (Future<Response> f : futures) {
        answers.add(f.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void awaitFactsVersion(String id, int version, Duration patience)
      throws InterruptedException {
    Instant until = Instant.now().plus(patience);
    while (true) {
      Response r = Platform.as("admin-demo").get("/api/v1/enterprises/" + id + "/facts");
      if (r.statusCode() == 200 && ((Number) r.path("version")).intValue() >= version) {
        return;
      }
      assertThat(Instant.now())
          .as("policy's read model reaches version " + version)
          .isBefore(until);
      TimeUnit.MILLISECONDS.sleep(250);
    }
  }

  /** Until the whole platform's readiness, read at the gateway's management port, is UP. */
  private static void awaitReady(Duration patience) throws InterruptedException {
    Instant until = Instant.now().plus(patience);
    Response last;
    while ((last = healthOfPlatform()).statusCode() != 200) {
      assertThat(Instant.now()).as("readiness UP again: " + last.asString()).isBefore(until);
      TimeUnit.MILLISECONDS.sleep(500);
    }
  }

  private static void awaitStatus(String path, int status, Duration patience)
      throws InterruptedException {
    Instant until = Instant.now().plus(patience);
    while (Platform.as("admin-demo").get(path).statusCode() != status) {
      assertThat(Instant.now()).as(path + " answers " + status).isBefore(until);
      TimeUnit.MILLISECONDS.sleep(250);
    }
  }

  private static String register(Map<String, Object> profile) {
    return Platform.as("admin-demo")
        .contentType(ContentType.JSON)
        .body(profile)
        .post("/api/v1/enterprises")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A new enterprise, once policy-service's read model holds it. */
  private static String registeredAndKnownToPolicy() throws InterruptedException {
    String id = register(profile());
    awaitFactsVersion(id, 0, Duration.ofSeconds(60));
    return id;
  }

  private static Map<String, Object> profileOf(String id) {
    Map<String, Object> p =
        Platform.as("admin-demo").get("/api/v1/enterprises/" + id).then().extract().path("");
    Map<String, Object> editable = new LinkedHashMap<>(profile());
    editable.keySet().forEach(k -> editable.put(k, p.getOrDefault(k, editable.get(k))));
    return editable;
  }

  private static Map<String, Object> profile() {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("creditCode", creditCode("91320800MA" + suffix));
    p.put("name", "淮安故障演练装备有限公司" + suffix);
    p.put("foundedOn", "2012-05-18");
    p.put("districtCode", "320812");
    p.put("townCode", "320812001");
    p.put("park", "high-tech-zone");
    p.put("address", "淮安市清江浦区深圳路 8 号");
    p.put("industryCode", "3491");
    p.put("mainProduct", "焊接机器人");
    p.put("nicheMarket", "汽车零部件焊接自动化");
    p.put("nicheYears", 8);
    p.put("chainPosition", "midstream");
    p.put(
        "contacts",
        List.of(
            Map.of(
                "name", "王敏", "title", "总经理", "phone", "13905170001", "email", "wm@example.com")));
    return p;
  }

  /**
   * GB 32100-2015: the check character makes the weighted sum (3^(i-1) mod 31) a multiple of 31.
   */
  private static String creditCode(String first17) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += alphabet.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return first17 + alphabet.charAt((31 - sum % 31) % 31);
  }
}
