package cn.gov.huaian.zjtx.matchmaking.evaluation;

import cn.gov.huaian.zjtx.matchmaking.ranking.Metrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The matchmaking evaluation on the hand-judged collection ({@code evaluation/judged/}), run
 * against a running platform instance through its public API only (a test-time tool, never
 * shipped):
 *
 * <ol>
 *   <li>loads the judged universities, experts and needs with an admin token (idempotent: every row
 *       is posted with an {@code Idempotency-Key} derived from its collection id, so a second run
 *       maps to the rows of the first). The collection's own fields {@code id}, {@code split},
 *       {@code slices} and {@code university} are never sent;
 *   <li>waits until the indexing backlog is empty;
 *   <li>for each need of the chosen split asks {@code GET /api/v1/matches/needs/{id}/experts} in
 *       each diagnostic {@code mode} (bm25, vector, hybrid, full: admin only) and scores the
 *       ranking with {@link Metrics}. Experts outside the collection (the demo experts, present as
 *       distractors) and collection experts not judged for the need count as grade 0.
 * </ol>
 *
 * Configuration by system property: {@code zjtx.evaluation.url} (gateway, default
 * http://127.0.0.1:28080, the {@code ZJTX_INSTANCE=eval} instance), {@code zjtx.evaluation.split}
 * (test | dev | all; default test), {@code zjtx.evaluation.keycloak} (default
 * http://127.0.0.1:8180), {@code zjtx.evaluation.user} / {@code .password} (default admin-demo),
 * {@code zjtx.evaluation.out} (per-need rankings written there as TSV; default target/evaluation).
 */
public final class JudgedEvaluation {
  static final String DIR = "/evaluation/judged/";
  static final List<String> MODES = List.of("bm25", "vector", "hybrid", "full");
  static final List<String> SLICES =
      List.of("shop_floor", "academic", "cross_disciplinary", "long", "trap");

  /** Any demo enterprise the admin posts the needs for (its id is fixed by the demo realm). */
  static final String ENTERPRISE = "0a6e3c1e-5b1f-4d6a-9b0e-000000000001";

  /** City and province of the collection's universities a running instance may not know yet. */
  private static final Map<String, String[]> PLACES =
      Map.ofEntries(
          Map.entry("淮阴工学院", new String[] {"淮安市", "江苏省"}),
          Map.entry("淮阴师范学院", new String[] {"淮安市", "江苏省"}),
          Map.entry("淮安信息职业技术大学", new String[] {"淮安市", "江苏省"}),
          Map.entry("江苏食品药品职业技术学院", new String[] {"淮安市", "江苏省"}),
          Map.entry("江苏大学", new String[] {"镇江市", "江苏省"}),
          Map.entry("江南大学", new String[] {"无锡市", "江苏省"}),
          Map.entry("苏州大学", new String[] {"苏州市", "江苏省"}),
          Map.entry("扬州大学", new String[] {"扬州市", "江苏省"}),
          Map.entry("中国矿业大学", new String[] {"徐州市", "江苏省"}),
          Map.entry("盐城工学院", new String[] {"盐城市", "江苏省"}),
          Map.entry("常州大学", new String[] {"常州市", "江苏省"}),
          Map.entry("东华大学", new String[] {"上海市", "上海市"}),
          Map.entry("河南工业大学", new String[] {"郑州市", "河南省"}),
          Map.entry("河南科技大学", new String[] {"洛阳市", "河南省"}),
          Map.entry("西安交通大学", new String[] {"西安市", "陕西省"}),
          Map.entry("电子科技大学", new String[] {"成都市", "四川省"}),
          Map.entry("中国计量大学", new String[] {"杭州市", "浙江省"}));

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String keycloak;
  private final String user;
  private final String password;
  private String token;
  private long tokenAt;

  JudgedEvaluation(String base, String keycloak, String user, String password) {
    this.base = base;
    this.keycloak = keycloak;
    this.user = user;
    this.password = password;
  }

  /** One need of the collection, its slices and its graded judgements (by collection id). */
  record Need(String id, String split, List<String> slices, JsonNode body) {}

  /** Scores of one need in one mode, and its top ids (collection ids, or "-" for others). */
  record Score(String need, String mode, double ndcg, double rr, double recall, int traps) {}

  public static void main(String[] args) throws Exception {
    var run =
        new JudgedEvaluation(
            System.getProperty("zjtx.evaluation.url", "http://127.0.0.1:28080"),
            System.getProperty("zjtx.evaluation.keycloak", "http://127.0.0.1:8180"),
            System.getProperty("zjtx.evaluation.user", "admin-demo"),
            System.getProperty("zjtx.evaluation.password", "Demo@2025"));
    String split = System.getProperty("zjtx.evaluation.split", "test");
    Path out = Path.of(System.getProperty("zjtx.evaluation.out", "target/evaluation"));
    run.run(split, out, System.out);
  }

  void run(String split, Path out, PrintStream print) throws Exception {
    List<JsonNode> experts = read("experts.jsonl");
    List<Need> needs =
        read("needs.jsonl").stream()
            .map(
                n -> {
                  var slices = new ArrayList<String>();
                  n.get("slices").forEach(s -> slices.add(s.asText()));
                  return new Need(n.get("id").asText(), n.get("split").asText(), slices, n);
                })
            .toList();
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    for (JsonNode q : read("qrels.jsonl")) {
      qrels
          .computeIfAbsent(q.get("need").asText(), k -> new HashMap<>())
          .put(q.get("expert").asText(), q.get("grade").asInt());
    }
    long t0 = System.currentTimeMillis();
    Map<UUID, String> expertIds = new HashMap<>();
    Map<String, UUID> needIds = new LinkedHashMap<>();
    Path cache = out.resolve("ids.tsv");
    if (!reuse(cache, expertIds, needIds)) {
      Map<String, String> universities = universities(experts);
      for (JsonNode e : experts) {
        expertIds.put(postExpert(e, universities), e.get("id").asText());
      }
      for (Need n : needs) {
        needIds.put(n.id(), postNeed(n));
      }
      Files.createDirectories(out);
      var ids = new StringBuilder();
      expertIds.forEach((uuid, id) -> ids.append(id).append('\t').append(uuid).append('\n'));
      needIds.forEach((id, uuid) -> ids.append(id).append('\t').append(uuid).append('\n'));
      Files.writeString(cache, ids.toString());
    }
    print.printf(
        "已加载 %d 位专家、%d 条需求（%d ms）；等待索引…%n",
        expertIds.size(), needIds.size(), System.currentTimeMillis() - t0);
    waitIndexed();

    Files.createDirectories(out);
    var scores = new ArrayList<Score>();
    var chosen =
        needs.stream().filter(n -> split.equals("all") || split.equals(n.split())).toList();
    for (String mode : MODES) {
      var tsv = new StringBuilder("need\trank\texpert\tgrade\n");
      var raw = JSON.createObjectNode();
      for (Need n : chosen) {
        Map<String, Integer> judged = qrels.getOrDefault(n.id(), Map.of());
        List<String> ranking = new ArrayList<>();
        JsonNode items = matches(needIds.get(n.id()), mode);
        var rawItems = raw.putArray(n.id());
        for (JsonNode m : items) {
          var copy = (ObjectNode) m.deepCopy();
          copy.put(
              "judgedId", expertIds.getOrDefault(UUID.fromString(m.get("id").asText()), "demo"));
          rawItems.add(copy);
        }
        for (JsonNode m : items) {
          ranking.add(expertIds.getOrDefault(UUID.fromString(m.get("id").asText()), "demo"));
        }
        int traps = 0;
        for (String id : ranking.subList(0, Math.min(3, ranking.size()))) {
          if (Integer.valueOf(0).equals(judged.get(id))) {
            traps++;
          }
        }
        scores.add(
            new Score(
                n.id(),
                mode,
                Metrics.ndcg(ranking, judged, 10),
                Metrics.reciprocalRank(ranking, judged),
                Metrics.recall(ranking, judged, 10),
                traps));
        for (int i = 0; i < Math.min(20, ranking.size()); i++) {
          String id = ranking.get(i);
          tsv.append(n.id())
              .append('\t')
              .append(i + 1)
              .append('\t')
              .append(id)
              .append('\t')
              .append(judged.containsKey(id) ? judged.get(id).toString() : "")
              .append('\n');
        }
      }
      Files.writeString(out.resolve(split + "-" + mode + ".tsv"), tsv.toString());
      // The full responses (with explanations): what a reader checks a surprising rank against.
      Files.writeString(out.resolve(split + "-" + mode + ".json"), JSON.writeValueAsString(raw));
    }
    print.print(table(split, chosen, scores));
  }

  static String table(String split, List<Need> needs, List<Score> scores) {
    var sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%n评测划分 %s：%d 条需求%n", split, needs.size()));
    var groups = new LinkedHashMap<String, List<String>>();
    groups.put("overall", needs.stream().map(Need::id).toList());
    for (String slice : SLICES) {
      groups.put(
          slice, needs.stream().filter(n -> n.slices().contains(slice)).map(Need::id).toList());
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "| %-18s | %3s | %-6s | %7s | %6s | %9s | %15s |%n",
            "slice",
            "n",
            "mode",
            "nDCG@10",
            "MRR",
            "recall@10",
            "judged-0 in top3"));
    sb.append("|---|---|---|---|---|---|---|\n");
    for (var g : groups.entrySet()) {
      if (g.getValue().isEmpty()) {
        continue;
      }
      for (String mode : MODES) {
        var rows =
            scores.stream()
                .filter(s -> s.mode().equals(mode) && g.getValue().contains(s.need()))
                .toList();
        sb.append(
            String.format(
                Locale.ROOT,
                "| %-18s | %3d | %-6s | %7.4f | %6.4f | %9.4f | %15d |%n",
                g.getKey(),
                rows.size(),
                mode,
                rows.stream().mapToDouble(Score::ndcg).average().orElse(0),
                rows.stream().mapToDouble(Score::rr).average().orElse(0),
                rows.stream().mapToDouble(Score::recall).average().orElse(0),
                rows.stream().mapToInt(Score::traps).sum()));
      }
    }
    sb.append("\n每条需求 nDCG@10（bm25 / vector / hybrid / full）：\n");
    for (Need n : needs) {
      sb.append(String.format(Locale.ROOT, "%s %-24s", n.id(), String.join(",", n.slices())));
      for (String mode : MODES) {
        scores.stream()
            .filter(s -> s.mode().equals(mode) && s.need().equals(n.id()))
            .findFirst()
            .ifPresent(
                s ->
                    sb.append(
                        String.format(Locale.ROOT, " %.3f%s", s.ndcg(), "*".repeat(s.traps()))));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  // ---------- loading through the public API ----------

  private Map<String, String> universities(List<JsonNode> experts) throws Exception {
    Map<String, String> byName = new HashMap<>();
    for (int page = 0; ; page++) {
      JsonNode p = get("/api/v1/universities?size=200&page=" + page);
      p.get("items").forEach(u -> byName.put(u.get("name").asText(), u.get("id").asText()));
      if (p.get("items").size() < 200) {
        break;
      }
    }
    for (JsonNode e : experts) {
      String name = e.get("university").asText();
      if (!byName.containsKey(name)) {
        String[] place =
            PLACES.getOrDefault(
                name,
                new String[] {name.startsWith("南京") || name.equals("河海大学") ? "南京市" : "南京市", "江苏省"});
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name).put("city", place[0]).put("province", place[1]);
        JsonNode created = post("/api/v1/universities", body, "judged-university-" + name);
        byName.put(name, created.get("id").asText());
      }
    }
    return byName;
  }

  private UUID postExpert(JsonNode e, Map<String, String> universities) throws Exception {
    ObjectNode body = ((ObjectNode) e.deepCopy());
    String id = body.remove("id").asText();
    String university = body.remove("university").asText();
    body.put("universityId", universities.get(university));
    JsonNode created = post("/api/v1/experts", body, "judged-expert-" + id);
    return UUID.fromString(created.get("id").asText());
  }

  private UUID postNeed(Need n) throws Exception {
    ObjectNode body = ((ObjectNode) n.body().deepCopy());
    body.remove("id");
    body.remove("split");
    body.remove("slices");
    body.put("enterpriseId", ENTERPRISE);
    JsonNode created = post("/api/v1/tech-needs", body, "judged-need-" + n.id());
    return UUID.fromString(created.get("id").asText());
  }

  /**
   * The ids of an earlier load of this instance (a second run need not replay 400 idempotent
   * posts), when the cache exists and its first need still exists there.
   */
  boolean reuse(Path cache, Map<UUID, String> expertIds, Map<String, UUID> needIds)
      throws Exception {
    if (!Files.exists(cache)) {
      return false;
    }
    for (String line : Files.readAllLines(cache)) {
      String[] f = line.split("\t");
      if (f[0].startsWith("N")) {
        needIds.put(f[0], UUID.fromString(f[1]));
      } else {
        expertIds.put(UUID.fromString(f[1]), f[0]);
      }
    }
    try {
      get("/api/v1/tech-needs/" + needIds.values().iterator().next());
      return true;
    } catch (IllegalStateException e) {
      expertIds.clear();
      needIds.clear();
      return false;
    }
  }

  void waitIndexed() throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode s = get("/api/v1/admin/search/status");
      if (s.get("pending").asLong() == 0 && s.get("available").asBoolean()) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("索引积压 10 分钟未清空");
  }

  JsonNode matches(UUID need, String mode) throws Exception {
    return get("/api/v1/matches/needs/" + need + "/experts?size=100&mode=" + mode).get("items");
  }

  // ---------- HTTP ----------

  private String token() throws Exception {
    if (token == null || System.currentTimeMillis() - tokenAt > 60_000) {
      String form =
          "grant_type=password&client_id=zjtx-portal&username="
              + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8);
      var response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(keycloak + "/realms/zjtx/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("取令牌失败：" + response.statusCode() + " " + response.body());
      }
      token = JSON.readTree(response.body()).get("access_token").asText();
      tokenAt = System.currentTimeMillis();
    }
    return token;
  }

  JsonNode get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), path);
  }

  JsonNode post(String path, JsonNode body, String key) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header(
                "Idempotency-Key",
                UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString())
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
        path);
  }

  private JsonNode send(HttpRequest.Builder request, String path) throws Exception {
    var response =
        http.send(
            request
                .header("Authorization", "Bearer " + token())
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }

  static List<JsonNode> read(String name) throws IOException {
    var in = JudgedEvaluation.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("缺少资源 " + DIR + name);
    }
    var rows = new ArrayList<JsonNode>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(JSON.readTree(line));
        }
      }
    }
    return rows;
  }
}
