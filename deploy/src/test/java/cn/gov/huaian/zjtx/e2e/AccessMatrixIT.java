package cn.gov.huaian.zjtx.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, for every operation the services publish. Each operation has exactly one entry
 * below; a new endpoint without one fails {@link #everyPublishedOperationHasAnEntry}, so nobody
 * adds a route without deciding who may use it.
 */
class AccessMatrixIT {
  static final String ENT_DEMO = "0a6e3c1e-5b1f-4d6a-9b0e-000000000001";
  static final String ENT_DEMO_2 = "0a6e3c1e-5b1f-4d6a-9b0e-000000000002";
  static final String EXPERT_DEMO =
      "2c8a5e3a-7d3b-4f8c-9d2a-000000000001"; // expert-demo, of uni-demo's 淮阴工学院

  /** How an operation is protected, and so how it is checked. */
  enum Kind {
    /** admins only: 403 for every other role, 401 without a token */
    ADMIN,
    /** an enterprise's own sub-resource: another enterprise gets 403/404 and none of its data */
    OWN_ENTERPRISE,
    /** a tech need's own view: another enterprise gets 403/404 for ent-demo-2's need */
    FOREIGN_NEED,
    /**
     * readable by every signed-in user by design (published policies, reference data, public
     * profiles)
     */
    SHARED,
    /**
     * a list filtered to what the caller may see: ent-demo's never contains ent-demo-2's objects
     */
    SCOPED_LIST,
    /** role- and object-specific rules tested by the owning service (named in the reason) */
    COVERED_BY
  }

  record Entry(Kind kind, String reason) {}

  static final Map<String, Entry> MATRIX =
      new TreeMap<>(
          Map.ofEntries(
              admin("DELETE /api/v1/enterprises/{id}/commissioners/{subject}"),
              ownEnterprise("DELETE /api/v1/enterprises/{id}/webhooks/{webhookId}"),
              admin("DELETE /api/v1/reference/cluster-mapping/{prefix}"),
              admin("GET /api/v1/admin/search/status"),
              admin("GET /api/v1/admin/matchmaking/imports"),
              admin("POST /api/v1/admin/matchmaking/imports"),
              admin("GET /api/v1/admin/matchmaking/imports/{id}"),
              admin("GET /api/v1/admin/matchmaking/ranking-weights"),
              admin("GET /api/v1/admin/matchmaking/imports/{id}/rows"),
              admin("GET /api/v1/admin/matchmaking/imports/{id}/rows.csv"),
              admin("POST /api/v1/admin/matchmaking/imports/{id}/decisions"),
              admin("GET /api/v1/applications"),
              admin("GET /api/v1/applications/stats"),
              coveredBy(
                  "GET /api/v1/applications/{applicationId}",
                  "申报：own enterprise or admin (policy-service ApplicationsTest)"),
              shared("GET /api/v1/challenges"),
              coveredBy(
                  "GET /api/v1/challenges/{id}/bids",
                  "揭榜：bids visible to admin and the bidding team (ChallengeTest)"),
              admin("GET /api/v1/commissioners/coverage"),
              coveredBy(
                  "GET /api/v1/cooperations",
                  "合作：one enterprise's records for itself, its commissioners and admins (ByEnterpriseTest)"),
              coveredBy(
                  "GET /api/v1/commissioners/me/coverage",
                  "服务专员：its own caseload only, 403 for other roles (DashboardTest)"),
              coveredBy(
                  "GET /api/v1/commissioners/me/enterprises",
                  "服务专员：its own assigned firms only, 403 for other roles (DashboardTest)"),
              coveredBy(
                  "GET /api/v1/cooperations/{id}",
                  "合作：the two sides and admin (CooperationTest, MatchmakingJourneyIT)"),
              admin("GET /api/v1/dashboard/targets"),
              admin("GET /api/v1/dashboard/targets/districts"),
              admin("GET /api/v1/dashboard/clusters"),
              admin("GET /api/v1/dashboard/districts"),
              admin("GET /api/v1/dashboard/trend"),
              scopedList("GET /api/v1/enterprises"),
              scopedList("GET /api/v1/enterprises/export.xlsx"),
              ownEnterprise("GET /api/v1/enterprises/{id}"),
              ownEnterprise("GET /api/v1/enterprises/{id}/applications"),
              ownEnterprise("GET /api/v1/enterprises/{id}/applications/draft"),
              ownEnterprise("GET /api/v1/enterprises/{id}/commissioners"),
              ownEnterprise("GET /api/v1/enterprises/{id}/facts"),
              ownEnterprise("GET /api/v1/enterprises/{id}/figures"),
              ownEnterprise("GET /api/v1/enterprises/{id}/figures/{year}"),
              ownEnterprise("GET /api/v1/enterprises/{id}/matches"),
              ownEnterprise("GET /api/v1/enterprises/{id}/matches/{programId}"),
              ownEnterprise("GET /api/v1/enterprises/{id}/notifications"),
              ownEnterprise("GET /api/v1/enterprises/{id}/notifications/stream"),
              ownEnterprise("GET /api/v1/enterprises/{id}/opportunities"),
              ownEnterprise("GET /api/v1/enterprises/{id}/pools"),
              ownEnterprise("GET /api/v1/enterprises/{id}/qualifications"),
              ownEnterprise("GET /api/v1/enterprises/{id}/verifications"),
              ownEnterprise("GET /api/v1/enterprises/{id}/visits"),
              ownEnterprise("GET /api/v1/enterprises/{id}/webhooks"),
              shared("GET /api/v1/experts"),
              shared("GET /api/v1/experts/{id}"),
              shared("GET /api/v1/facts"),
              admin("GET /api/v1/imports/{id}"),
              admin("GET /api/v1/imports/{id}/errors"),
              admin("GET /api/v1/imports/{id}/errors.csv"),
              scopedList("GET /api/v1/interests"),
              coveredBy(
                  "GET /api/v1/interests/{id}/contact",
                  "意向：revealed to the counterpart after acceptance only (CooperationTest)"),
              admin("GET /api/v1/match-jobs"),
              coveredBy(
                  "GET /api/v1/matches/experts/{id}/needs",
                  "匹配：the expert and its university (MatchTest)"),
              foreignNeed("GET /api/v1/matches/needs/{id}/experts"),
              foreignNeed("GET /api/v1/matches/needs/{id}/teams"),
              scopedList("GET /api/v1/matches/search/experts"),
              scopedList("GET /api/v1/matches/search/needs"),
              coveredBy(
                  "POST /api/v1/matches/search/experts",
                  "检索专家（长文本在请求体）：every signed-in user, as the GET (MatchPagingTest)"),
              coveredBy(
                  "POST /api/v1/matches/search/needs",
                  "检索需求（长文本在请求体）：universities, experts, commissioners, admins; public fields only, as the GET (MatchPagingTest)"),
              coveredBy(
                  "GET /api/v1/matches/universities/{id}/needs",
                  "匹配：that university only (MatchTest)"),
              shared("GET /api/v1/policies"),
              shared("GET /api/v1/policies/search"),
              shared("GET /api/v1/policies/{id}"),
              shared("GET /api/v1/pools"),
              shared("GET /api/v1/programs"),
              shared("GET /api/v1/programs/{id}"),
              admin("GET /api/v1/programs/{id}/beneficiaries"),
              admin("GET /api/v1/programs/{id}/beneficiaries/export.xlsx"),
              admin("GET /api/v1/programs/{id}/versions"),
              shared("GET /api/v1/reference/cluster-mapping"),
              shared("GET /api/v1/reference/clusters"),
              shared("GET /api/v1/reference/districts"),
              shared("GET /api/v1/reference/industries"),
              shared("GET /api/v1/reference/parks"),
              shared("GET /api/v1/reference/qualification-kinds"),
              shared("GET /api/v1/reference/towns"),
              scopedList("GET /api/v1/tech-needs"),
              foreignNeed("GET /api/v1/tech-needs/{id}"),
              foreignNeed("GET /api/v1/tech-needs/{id}/team-proposal"),
              shared("GET /api/v1/universities"),
              shared("GET /api/v1/universities/{id}"),
              shared("GET /api/v1/universities/{id}/teams"),
              coveredBy(
                  "GET /api/v1/vice-presidents/applications/mine",
                  "科技副总：the calling expert's own applications only (VicePresidentTest)"),
              shared("GET /api/v1/vice-presidents/seats"),
              coveredBy(
                  "GET /api/v1/vice-presidents/seats/mine",
                  "科技副总：an enterprise its own seats, an admin any firm's (VicePresidentTest)"),
              admin("GET /api/v1/webhook-deliveries"),
              admin("POST /api/v1/admin/matchmaking/ranking-weights/learn"),
              admin("POST /api/v1/admin/matchmaking/ranking-weights/rollback"),
              admin("POST /api/v1/admin/search/drain"),
              admin("POST /api/v1/admin/search/reindex"),
              admin("POST /api/v1/applications/{applicationId}/decision"),
              admin("POST /api/v1/applications/{applicationId}/payout"),
              admin("POST /api/v1/challenges"),
              coveredBy(
                  "POST /api/v1/challenges/{id}/bids", "揭榜：university teams bid (ChallengeTest)"),
              admin("POST /api/v1/challenges/{id}/bids/{bid}/score"),
              admin("POST /api/v1/challenges/{id}/publish"),
              coveredBy("POST /api/v1/cooperations", "合作：after acceptance only (CooperationTest)"),
              admin("POST /api/v1/enterprises"),
              admin("POST /api/v1/enterprises/events/replay"),
              ownEnterprise("POST /api/v1/enterprises/{id}/applications"),
              ownEnterprise("POST /api/v1/enterprises/{id}/notifications/read-all"),
              ownEnterprise("POST /api/v1/enterprises/{id}/notifications/{notificationId}/read"),
              ownEnterprise("POST /api/v1/enterprises/{id}/notifications/{notificationId}/unread"),
              admin("POST /api/v1/enterprises/{id}/pools"),
              admin("POST /api/v1/enterprises/{id}/pools/{entryId}/exit"),
              admin("POST /api/v1/enterprises/{id}/qualifications"),
              admin("POST /api/v1/enterprises/{id}/qualifications/{qid}/revoke"),
              ownEnterprise("POST /api/v1/enterprises/{id}/visits"),
              ownEnterprise("POST /api/v1/enterprises/{id}/webhooks"),
              coveredBy(
                  "POST /api/v1/experts",
                  "专家：universities for their own experts (ExpertWriteTest)"),
              admin("POST /api/v1/imports"),
              coveredBy(
                  "POST /api/v1/interests",
                  "意向：experts and universities for their own experts (CooperationTest)"),
              coveredBy(
                  "POST /api/v1/interests/{id}/accept",
                  "意向：the need owner only (CooperationTest, MatchmakingJourneyIT)"),
              coveredBy(
                  "POST /api/v1/interests/{id}/decline",
                  "意向：the need owner only (CooperationTest)"),
              admin("POST /api/v1/match-jobs"),
              admin("POST /api/v1/policies/search/reindex"),
              admin("POST /api/v1/programs"),
              admin("POST /api/v1/programs/{id}/publish"),
              admin("POST /api/v1/programs/{id}/withdraw"),
              admin("POST /api/v1/push/deadline-reminders"),
              admin("POST /api/v1/simulations"),
              coveredBy(
                  "POST /api/v1/tech-needs/quality-check",
                  "需求质量检查（不保存）：enterprises, commissioners, admins (TechNeedWriteTest)"),
              coveredBy(
                  "POST /api/v1/tech-needs",
                  "需求：an enterprise for itself, a commissioner for assigned firms (TechNeedWriteTest; mass assignment below)"),
              admin("POST /api/v1/universities"),
              coveredBy("POST /api/v1/universities/{id}/teams", "团队：that university (MatchTest)"),
              admin("POST /api/v1/vice-presidents/assignment"),
              coveredBy(
                  "POST /api/v1/vice-presidents/seats",
                  "科技副总：an enterprise for itself (VicePresident tests)"),
              coveredBy(
                  "POST /api/v1/vice-presidents/seats/{id}/applications",
                  "科技副总：experts apply for themselves (VicePresident tests)"),
              admin("POST /api/v1/webhook-deliveries/{deliveryId}/retry"),
              coveredBy("PUT /api/v1/cooperations/{id}", "合作：the two sides (CooperationTest)"),
              ownEnterprise("PUT /api/v1/enterprises/{id}"),
              admin("PUT /api/v1/enterprises/{id}/commissioners/{subject}"),
              ownEnterprise("PUT /api/v1/enterprises/{id}/figures/{year}"),
              admin("PUT /api/v1/enterprises/{id}/verifications/{checkId}"),
              coveredBy(
                  "PUT /api/v1/experts/{id}", "专家：the expert or its university (ExpertWriteTest)"),
              admin("PUT /api/v1/programs/{id}"),
              admin("PUT /api/v1/reference/cluster-mapping/{prefix}"),
              foreignNeed("PUT /api/v1/tech-needs/{id}"),
              coveredBy(
                  "PUT /api/v1/universities/{id}",
                  "高校：admin or that university (ExpertWriteTest)")));

  static String ent2Name;
  static String ent2Need;

  @BeforeAll
  static void ent2Objects() {
    ent2Name =
        Platform.as("admin-demo")
            .get("/api/v1/enterprises/" + ENT_DEMO_2)
            .then()
            .statusCode(200)
            .extract()
            .path("name");
    ent2Need =
        Platform.as("ent-demo-2")
            .contentType(ContentType.JSON)
            .body(
                Map.of("title", "乙企业的机密需求", "publicSummary", "乙企业公开摘要", "privateDetail", "乙企业机密细节"))
            .post("/api/v1/tech-needs")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  @Test
  void everyPublishedOperationHasAnEntry() {
    TreeSet<String> published = new TreeSet<>();
    for (String service : List.of(Platform.ENTERPRISE, Platform.POLICY, Platform.MATCHMAKING)) {
      JsonPath openapi = Platform.openApi(service);
      Map<String, Map<String, Object>> paths = openapi.getMap("paths");
      paths.forEach(
          (path, operations) ->
              operations.keySet().stream()
                  .filter(
                      method -> List.of("get", "post", "put", "delete", "patch").contains(method))
                  .forEach(method -> published.add(method.toUpperCase() + " " + path)));
    }
    assertThat(new TreeSet<>(published))
        .as("operations without an entry in the access matrix")
        .isSubsetOf(MATRIX.keySet());
    assertThat(new TreeSet<>(MATRIX.keySet()))
        .as("entries for operations that no longer exist")
        .isSubsetOf(published);
  }

  @Test
  void adminOperationsRefuseEveryOtherRoleAnd401WithoutToken() {
    List<String> wrong = new ArrayList<>();
    MATRIX.forEach(
        (operation, entry) -> {
          if (entry.kind() != Kind.ADMIN) {
            return;
          }
          for (String user : List.of("ent-demo", "uni-demo", "expert-demo", "comm-demo")) {
            int status =
                call(Platform.as(user), operation, UUID.randomUUID().toString()).statusCode();
            if (status != 403) {
              wrong.add(user + " " + operation + " → " + status);
            }
          }
          int anonymous =
              call(given().baseUri(Platform.GATEWAY), operation, UUID.randomUUID().toString())
                  .statusCode();
          if (anonymous != 401) {
            wrong.add("no token " + operation + " → " + anonymous);
          }
        });
    assertThat(wrong).as("admin operations that answered other than 403 / 401").isEmpty();
  }

  @Test
  void anotherEnterprisesObjectsAreNotFoundAndNothingOfThemLeaks() {
    List<String> wrong = new ArrayList<>();
    MATRIX.forEach(
        (operation, entry) -> {
          String id =
              switch (entry.kind()) {
                case OWN_ENTERPRISE -> ENT_DEMO_2;
                case FOREIGN_NEED -> ent2Need;
                default -> null;
              };
          if (id == null || operation.endsWith("/notifications/stream")) {
            return; // the stream is refused before it opens: checked with the notifications list
          }
          Response response = call(Platform.as("ent-demo"), operation, id);
          int status = response.statusCode();
          boolean refused =
              operation.startsWith("GET")
                  ? status == 403 || status == 404
                  : status >= 400 && status < 500;
          String body = response.asString();
          if (!refused || body.contains(ent2Name) || body.contains("乙企业")) {
            wrong.add(operation + " → " + status);
          }
        });
    assertThat(wrong).as("ent-demo reaching ent-demo-2's objects").isEmpty();
  }

  /**
   * What only the enterprise itself (or an admin) sees, not its commissioner: its drafts and its
   * webhook settings.
   */
  private static final List<String> OWN_ONLY =
      List.of(
          "GET /api/v1/enterprises/{id}/applications/draft",
          "GET /api/v1/enterprises/{id}/webhooks");

  @Test
  void aCommissionerReadsItsAssignedFirmInEveryServiceAndNoOtherFirm() {
    // comm-demo serves ent-demo's firm in the demo data, not ent-demo-2's; the services learn it
    // from
    // enterprise-service (its own table there, the snapshot's commissioners in policy and
    // matchmaking).
    List<String> wrong = new ArrayList<>();
    MATRIX.forEach(
        (operation, entry) -> {
          if (entry.kind() != Kind.OWN_ENTERPRISE
              || !operation.startsWith("GET ")
              || operation.endsWith("/stream")
              || operation.indexOf('{') != operation.lastIndexOf('{')) {
            return; // one id only: a second one ({year}, {programId}) would be made up and not
            // found
          }
          int served = call(Platform.as("comm-demo"), operation, ENT_DEMO).statusCode();
          int expected =
              OWN_ONLY.contains(operation) ? (operation.endsWith("/draft") ? 403 : 404) : 200;
          if (served != expected) {
            wrong.add(
                "served firm: " + operation + " → " + served + " (expected " + expected + ")");
          }
          Response other = call(Platform.as("comm-demo"), operation, ENT_DEMO_2);
          if (other.statusCode() != 404 || other.asString().contains(ent2Name)) {
            wrong.add("other firm: " + operation + " → " + other.statusCode());
          }
        });
    assertThat(wrong).as("comm-demo on its own and on another commissioner's firm").isEmpty();
  }

  @Test
  void listsAndSearchesNeverShowAnotherEnterprisesObjects() {
    for (String list :
        List.of(
            "/api/v1/enterprises?q=" + ent2Name,
            "/api/v1/tech-needs?size=200",
            "/api/v1/matches/search/needs?q=乙企业的机密需求")) {
      Response response = Platform.as("ent-demo").get(list);
      assertThat(response.statusCode()).as(list).isIn(200, 403);
      assertThat(response.asString()).as(list).doesNotContain(ENT_DEMO_2).doesNotContain("乙企业");
    }
  }

  @Test
  void ownerStatusAndVersionInABodyDoNotHandAnObjectToSomeoneElse() {
    // ent-demo names ent-demo-2 as the owner of a need it posts: refused, or the need is its own.
    Response posted =
        Platform.as("ent-demo")
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "enterpriseId",
                    ENT_DEMO_2,
                    "title",
                    "所有者字段测试",
                    "publicSummary",
                    "摘要",
                    "version",
                    99))
            .post("/api/v1/tech-needs");
    if (posted.statusCode() == 201) {
      assertThat(posted.jsonPath().getString("enterpriseId")).isEqualTo(ENT_DEMO);
      assertThat(posted.jsonPath().getLong("version")).isNotEqualTo(99);
    } else {
      assertThat(posted.statusCode()).isBetween(400, 499);
    }
    // An enterprise sends its profile back with another tier, version and id: refused, and nothing
    // changes.
    Response before = Platform.as("ent-demo").get("/api/v1/enterprises/" + ENT_DEMO);
    Map<String, Object> profile = new java.util.HashMap<>(before.jsonPath().getMap(""));
    profile.put("id", ENT_DEMO_2);
    profile.put("tier", "单项冠军");
    profile.put("version", 99);
    int put =
        Platform.as("ent-demo")
            .contentType(ContentType.JSON)
            .header("If-Match", before.header("ETag"))
            .body(profile)
            .put("/api/v1/enterprises/" + ENT_DEMO)
            .statusCode();
    assertThat(put).isBetween(400, 499);
    Response after = Platform.as("ent-demo").get("/api/v1/enterprises/" + ENT_DEMO);
    assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    assertThat(after.jsonPath().getString("tier")).isEqualTo(before.jsonPath().getString("tier"));
    // A university names the outcome of its own expression of interest: it still waits for the
    // enterprise.
    Platform.awaitLoaded("/api/v1/experts/" + EXPERT_DEMO, "the demo expert");
    Response interest =
        Platform.as("uni-demo")
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "needId",
                    ent2Need,
                    "expertId",
                    EXPERT_DEMO,
                    "message",
                    "状态字段测试",
                    "status",
                    "ACCEPTED"))
            .post("/api/v1/interests");
    assertThat(interest.statusCode()).as(interest.asString()).isIn(201, 400);
    if (interest.statusCode() == 201) {
      assertThat(interest.jsonPath().getString("status")).isEqualTo("PENDING");
    }
    // A role in a body gives nothing: the caller is still only an enterprise user.
    Platform.as("ent-demo")
        .contentType(ContentType.JSON)
        .body(Map.of("role", "admin", "roles", List.of("admin")))
        .post("/api/v1/programs")
        .then()
        .statusCode(403);
  }

  private static Response call(
      io.restassured.specification.RequestSpecification request, String operation, String id) {
    String[] parts = operation.split(" ", 2);
    String path =
        parts[1]
            .replaceFirst("\\{[^}]+}", id)
            .replaceAll("\\{year}", "2025")
            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    request = request.config(Platform.SHORT_TIMEOUT);
    if (path.equals(
        "/api/v1/imports")) { // an upload: multipart, or it is refused for its media type first
      return request
          .multiPart(
              "file", "企业.csv", "统一社会信用代码,企业名称\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .queryParam("kind", "enterprises")
          .post(path);
    }
    if (parts[0].equals("POST") && path.equals("/api/v1/admin/matchmaking/imports")) {
      return request
          .multiPart(
              "file",
              "高校.jsonl",
              "{\"name\":\"访问矩阵测试大学\",\"city\":\"淮安市\"}\n"
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .queryParam("kind", "universities")
          .post(path);
    }
    return switch (parts[0]) {
      case "GET" -> request.get(path);
      case "DELETE" -> request.delete(path);
      case "POST" -> request.contentType(ContentType.JSON).body("{}").post(path);
      case "PUT" ->
          request.contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}").put(path);
      default -> throw new IllegalArgumentException(operation);
    };
  }

  private static Map.Entry<String, Entry> admin(String operation) {
    return Map.entry(operation, new Entry(Kind.ADMIN, "admin only"));
  }

  private static Map.Entry<String, Entry> ownEnterprise(String operation) {
    return Map.entry(
        operation,
        new Entry(Kind.OWN_ENTERPRISE, "the enterprise itself, its commissioner, admins"));
  }

  private static Map.Entry<String, Entry> foreignNeed(String operation) {
    return Map.entry(
        operation,
        new Entry(
            Kind.FOREIGN_NEED, "the need's owner, its commissioner, accepted counterpart, admins"));
  }

  private static Map.Entry<String, Entry> shared(String operation) {
    return Map.entry(operation, new Entry(Kind.SHARED, "every signed-in user"));
  }

  private static Map.Entry<String, Entry> scopedList(String operation) {
    return Map.entry(operation, new Entry(Kind.SCOPED_LIST, "filtered to what the caller may see"));
  }

  private static Map.Entry<String, Entry> coveredBy(String operation, String reason) {
    return Map.entry(operation, new Entry(Kind.COVERED_BY, reason));
  }
}
