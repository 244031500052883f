package cn.gov.huaian.zjtx.matchmaking.evaluation;

import cn.gov.huaian.zjtx.matchmaking.needs.NeedQuality;
import cn.gov.huaian.zjtx.matchmaking.ranking.Metrics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The need-intake gate measured on the judged collection (issue 16): the gate ({@link NeedQuality},
 * default settings) judges each need's own text; the needs it passes and the needs it flags are
 * compared by the nDCG@10 their rankings got in a finished {@link JudgedEvaluation} run (its {@code
 * <split>-<mode>.json} files in {@code zjtx.evaluation.out}, default target/evaluation), for the
 * full pipeline and for BM25. No server: it reads files. Run with {@code -Dtest=NeedGateEvaluation
 * -Dzjtx.evaluation.gate=true}.
 */
@EnabledIfSystemProperty(named = "zjtx.evaluation.gate", matches = "true")
class NeedGateEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void printTable() throws Exception {
    run(Path.of(System.getProperty("zjtx.evaluation.out", "target/evaluation")), System.out);
  }

  record Row(String need, String split, NeedQuality.Report report, Map<String, Double> ndcg) {}

  static void run(Path out, PrintStream print) throws Exception {
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    for (JsonNode q : JudgedEvaluation.read("qrels.jsonl")) {
      qrels
          .computeIfAbsent(q.get("need").asText(), k -> new HashMap<>())
          .put(q.get("expert").asText(), q.get("grade").asInt());
    }
    List<String> modes = List.of("bm25", "full");
    Map<String, Map<String, JsonNode>> rankings = new HashMap<>();
    for (String split : List.of("dev", "test")) {
      for (String mode : modes) {
        Path file = out.resolve(split + "-" + mode + ".json");
        if (Files.exists(file)) {
          rankings.computeIfAbsent(mode, m -> new HashMap<>());
          JSON.readTree(file.toFile())
              .properties()
              .forEach(e -> rankings.get(mode).put(e.getKey(), e.getValue()));
        }
      }
    }
    var rows = new ArrayList<Row>();
    for (JsonNode n : JudgedEvaluation.read("needs.jsonl")) {
      String id = n.get("id").asText();
      var report =
          NeedQuality.assess(
              n.path("title").asText(null),
              n.path("publicSummary").asText(null),
              n.path("description").asText(null));
      Map<String, Double> ndcg = new HashMap<>();
      for (String mode : modes) {
        JsonNode items = rankings.getOrDefault(mode, Map.of()).get(id);
        if (items != null) {
          List<String> ranking = new ArrayList<>();
          items.forEach(m -> ranking.add(m.get("judgedId").asText()));
          ndcg.put(mode, Metrics.ndcg(ranking, qrels.getOrDefault(id, Map.of()), 10));
        }
      }
      rows.add(new Row(id, n.get("split").asText(), report, ndcg));
    }
    print.print(table(rows, modes));
  }

  static String table(List<Row> rows, List<String> modes) {
    var sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%n需求质量门槛（默认设置：%d 项中至少 %d 项）%n",
            6,
            NeedQuality.Settings.DEFAULT.minPassed()));
    sb.append("| split | gate | n | nDCG@10 full | nDCG@10 bm25 |\n|---|---|---|---|---|\n");
    for (String split : List.of("dev", "test", "all")) {
      for (boolean ok : new boolean[] {true, false}) {
        var group =
            rows.stream()
                .filter(r -> split.equals("all") || r.split().equals(split))
                .filter(r -> r.report().ok() == ok)
                .filter(r -> r.ndcg().containsKey("full"))
                .toList();
        sb.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.4f | %.4f |%n",
                split,
                ok ? "合格 (passed)" : "待完善 (flagged)",
                group.size(),
                group.stream().mapToDouble(r -> r.ndcg().get("full")).average().orElse(Double.NaN),
                group.stream()
                    .mapToDouble(r -> r.ndcg().getOrDefault("bm25", Double.NaN))
                    .average()
                    .orElse(Double.NaN)));
      }
    }
    sb.append("\n每项检查：未通过的需求数及其 nDCG@10 full 均值 / 通过的需求的均值（dev+test）\n");
    sb.append("| check | failed | nDCG failed | nDCG passed |\n|---|---|---|---|\n");
    var checks = rows.getFirst().report().checks().stream().map(NeedQuality.Check::id).toList();
    for (String check : checks) {
      var failed = rows.stream().filter(r -> !passed(r, check)).toList();
      var passed = rows.stream().filter(r -> passed(r, check)).toList();
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.4f | %.4f |%n",
              check,
              failed.size(),
              full(failed),
              full(passed)));
    }
    sb.append("\n每条需求：门槛结果（通过项数）与 nDCG@10 full\n");
    for (Row r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%s %-4s %s %d/6 %s%n",
              r.need(),
              r.split(),
              r.report().ok() ? "合格  " : "待完善",
              r.report().passed(),
              r.ndcg().containsKey("full")
                  ? String.format(Locale.ROOT, "%.3f", r.ndcg().get("full"))
                  : "-"));
    }
    return sb.toString();
  }

  private static double full(List<Row> rows) {
    return rows.stream()
        .filter(r -> r.ndcg().containsKey("full"))
        .mapToDouble(r -> r.ndcg().get("full"))
        .average()
        .orElse(Double.NaN);
  }

  private static boolean passed(Row r, String check) {
    return r.report().checks().stream()
        .filter(c -> c.id().equals(check))
        .findFirst()
        .orElseThrow()
        .passed();
  }
}
