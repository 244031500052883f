package cn.gov.huaian.zjtx.matchmaking.evaluation;

import cn.gov.huaian.zjtx.matchmaking.needs.NeedQuality;
import cn.gov.huaian.zjtx.matchmaking.ranking.Metrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The need-intake gate against what it is for (issue 16): each judged need is also posted the way a
 * vague poster writes it — its title and “想找专家合作，欢迎联系。”, nothing else — to the instance a {@link
 * JudgedEvaluation} run loaded, and both versions are ranked (full pipeline) and judged with the
 * same judgements. The table compares the needs the gate passes with those it flags, over the
 * originals and the vague versions together, and each version alone. Needs a running instance (tag
 * servers); run after {@code JudgedEvaluationRun} (it reuses its ids), with {@code
 * -Dtest=VagueNeedEvaluation -Dzjtx.evaluation.vague=test|dev|all} and the same url options.
 */
@Tag("servers")
@EnabledIfSystemProperty(named = "zjtx.evaluation.vague", matches = "test|dev|all")
class VagueNeedEvaluation {
  static final String VAGUE_SUMMARY = "想找专家合作，欢迎联系。";

  record Scored(String need, String version, NeedQuality.Report gate, double ndcg) {}

  @Test
  void printTable() throws Exception {
    String split = System.getProperty("zjtx.evaluation.vague");
    Path out = Path.of(System.getProperty("zjtx.evaluation.out", "target/evaluation"));
    var run =
        new JudgedEvaluation(
            System.getProperty("zjtx.evaluation.url", "http://127.0.0.1:28080"),
            System.getProperty("zjtx.evaluation.keycloak", "http://127.0.0.1:8180"),
            System.getProperty("zjtx.evaluation.user", "admin-demo"),
            System.getProperty("zjtx.evaluation.password", "Demo@2025"));
    Map<UUID, String> expertIds = new HashMap<>();
    Map<String, UUID> needIds = new LinkedHashMap<>();
    if (!run.reuse(out.resolve("ids.tsv"), expertIds, needIds)) {
      throw new IllegalStateException("先运行 JudgedEvaluationRun 加载评测集（" + out + "/ids.tsv）");
    }
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    for (JsonNode q : JudgedEvaluation.read("qrels.jsonl")) {
      qrels
          .computeIfAbsent(q.get("need").asText(), k -> new HashMap<>())
          .put(q.get("expert").asText(), q.get("grade").asInt());
    }
    var json = new ObjectMapper();
    var needs =
        JudgedEvaluation.read("needs.jsonl").stream()
            .filter(n -> split.equals("all") || split.equals(n.get("split").asText()))
            .toList();
    Map<String, UUID> vagueIds = new LinkedHashMap<>();
    for (JsonNode n : needs) {
      ObjectNode body = json.createObjectNode();
      body.put("enterpriseId", JudgedEvaluation.ENTERPRISE);
      body.put("title", n.get("title").asText());
      body.put("publicSummary", VAGUE_SUMMARY);
      JsonNode created =
          run.post("/api/v1/tech-needs", body, "judged-vague-" + n.get("id").asText());
      vagueIds.put(n.get("id").asText(), UUID.fromString(created.get("id").asText()));
    }
    run.waitIndexed();
    var scored = new ArrayList<Scored>();
    for (JsonNode n : needs) {
      String id = n.get("id").asText();
      var judged = qrels.getOrDefault(id, Map.of());
      for (String version : List.of("original", "vague")) {
        UUID uuid = version.equals("original") ? needIds.get(id) : vagueIds.get(id);
        List<String> ranking = new ArrayList<>();
        run.matches(uuid, "full")
            .forEach(
                m ->
                    ranking.add(
                        expertIds.getOrDefault(UUID.fromString(m.get("id").asText()), "demo")));
        var gate =
            version.equals("original")
                ? NeedQuality.assess(
                    n.get("title").asText(),
                    n.path("publicSummary").asText(null),
                    n.path("description").asText(null))
                : NeedQuality.assess(n.get("title").asText(), VAGUE_SUMMARY, null);
        scored.add(new Scored(id, version, gate, Metrics.ndcg(ranking, judged, 10)));
      }
    }
    System.out.print(table(split, scored));
  }

  static String table(String split, List<Scored> scored) {
    var sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%n需求质量门槛与匹配质量（划分 %s，完整流程 nDCG@10）%n", split));
    sb.append("| needs | gate | n | nDCG@10 |\n|---|---|---|---|\n");
    for (String version : List.of("original + vague", "original", "vague")) {
      for (boolean ok : new boolean[] {true, false}) {
        var group =
            scored.stream()
                .filter(s -> version.contains(s.version()))
                .filter(s -> s.gate().ok() == ok)
                .toList();
        sb.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | %s |%n",
                version,
                ok ? "合格 (passed)" : "待完善 (flagged)",
                group.size(),
                group.isEmpty()
                    ? "–"
                    : String.format(
                        Locale.ROOT,
                        "%.4f",
                        group.stream().mapToDouble(Scored::ndcg).average().orElse(0))));
      }
    }
    sb.append("\n每条需求：原文（门槛、nDCG）/ 笼统版（门槛、nDCG）\n");
    var byNeed = new LinkedHashMap<String, List<Scored>>();
    scored.forEach(s -> byNeed.computeIfAbsent(s.need(), k -> new ArrayList<>()).add(s));
    byNeed.forEach(
        (need, list) -> {
          sb.append(need);
          for (Scored s : list) {
            sb.append(
                String.format(
                    Locale.ROOT, "  %s %s %.3f", s.version(), s.gate().statusName(), s.ndcg()));
          }
          sb.append('\n');
        });
    return sb.toString();
  }
}
