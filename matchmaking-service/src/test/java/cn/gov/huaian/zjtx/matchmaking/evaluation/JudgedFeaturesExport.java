package cn.gov.huaian.zjtx.matchmaking.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the file the nightly weight learning gates on ({@code src/main/resources/ranking/
 * judged-test.jsonl}) from a finished {@link JudgedEvaluation} run of the test split (or, with
 * {@code -Dzjtx.evaluation.split=dev}, the dev part the feedback simulation learns from, {@code
 * src/test/resources/evaluation/judged/dev-features.jsonl}): for each test need, the candidates the
 * full pipeline returned (collection ids; a demo expert keeps its uuid and has no grade) with their
 * explained feature values, and every grade the collection gives the need. No server: it reads
 * {@code zjtx.evaluation.out} (default target/evaluation). Run with {@code
 * -Dtest=JudgedFeaturesExport -Dzjtx.evaluation.export=true}.
 */
@EnabledIfSystemProperty(named = "zjtx.evaluation.export", matches = "true")
class JudgedFeaturesExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void export() throws Exception {
    Path out = Path.of(System.getProperty("zjtx.evaluation.out", "target/evaluation"));
    Map<String, String> collectionId = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("ids.tsv"))) {
      String[] f = line.split("\t");
      collectionId.put(f[1], f[0]);
    }
    Map<String, ObjectNode> grades = new HashMap<>();
    for (JsonNode q : JudgedEvaluation.read("qrels.jsonl")) {
      grades
          .computeIfAbsent(q.get("need").asText(), k -> JSON.createObjectNode())
          .put(q.get("expert").asText(), q.get("grade").asInt());
    }
    var lines = new StringBuilder();
    String split = System.getProperty("zjtx.evaluation.split", "test");
    JSON.readTree(out.resolve(split + "-full.json").toFile())
        .properties()
        .forEach(
            need -> {
              ObjectNode row = JSON.createObjectNode();
              row.put("need", need.getKey());
              var candidates = row.putArray("candidates");
              for (JsonNode m : need.getValue()) {
                ObjectNode c = candidates.addObject();
                String uuid = m.get("id").asText();
                c.put("expert", collectionId.getOrDefault(uuid, uuid));
                ObjectNode values = c.putObject("values");
                m.path("explanation")
                    .path("contributions")
                    .forEach(x -> values.put(x.get("feature").asText(), x.get("value").asDouble()));
              }
              row.set("grades", grades.getOrDefault(need.getKey(), JSON.createObjectNode()));
              lines.append(row).append('\n');
            });
    // The test part ships (the gate reads it); the dev part stays with the tests (the simulation).
    Path target =
        Path.of(
            "test".equals(split)
                ? "src/main/resources/ranking/judged-test.jsonl"
                : "src/test/resources/evaluation/judged/dev-features.jsonl");
    Files.createDirectories(target.getParent());
    Files.writeString(target, lines.toString());
    System.out.println("已写入 " + target + "（" + lines.toString().lines().count() + " 条需求）");
  }
}
