package cn.gov.huaian.zjtx.matchmaking.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shape checks of the hand-judged 产学研 collection under {@code evaluation/judged/}. Plain JUnit: no
 * Quarkus, no database, no search engine. It checks the files are consistent, never what the grades
 * are.
 */
class JudgedCollectionFileTest {
  private static final String DIR = "/evaluation/judged/";
  private static final Set<String> SLICES =
      Set.of("shop_floor", "academic", "cross_disciplinary", "long", "trap");
  private static final Set<String> ACHIEVEMENT_KINDS = Set.of("论文", "专利", "项目", "奖励", "标准");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> experts;
  private static List<JsonNode> needs;
  private static List<JsonNode> qrels;

  @BeforeAll
  static void load() throws IOException {
    experts = read("experts.jsonl");
    needs = read("needs.jsonl");
    qrels = read("qrels.jsonl");
  }

  private static List<JsonNode> read(String name) throws IOException {
    InputStream in = JudgedCollectionFileTest.class.getResourceAsStream(DIR + name);
    assertNotNull(in, "missing resource " + DIR + name);
    List<JsonNode> rows = new ArrayList<>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          JsonNode node = JSON.readTree(line);
          assertTrue(node.isObject(), name + " line " + n + " is not a JSON object");
          rows.add(node);
        }
      }
    }
    return rows;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Set<String> ids(List<JsonNode> rows, String what) {
    Set<String> ids = new HashSet<>();
    for (JsonNode r : rows) {
      String id = text(r, "id");
      assertNotNull(id, what + " without id: " + r);
      assertTrue(ids.add(id), "duplicate " + what + " id " + id);
    }
    return ids;
  }

  @Test
  void sizes() {
    assertTrue(experts.size() >= 320, "experts: " + experts.size());
    assertTrue(needs.size() >= 64, "needs: " + needs.size());
  }

  @Test
  void idsAreUnique() {
    Set<String> e = ids(experts, "expert");
    Set<String> n = ids(needs, "need");
    Set<String> pairs = new HashSet<>();
    for (JsonNode q : qrels) {
      assertTrue(pairs.add(text(q, "need") + "|" + text(q, "expert")), "pair judged twice: " + q);
    }
    assertTrue(e.stream().noneMatch(n::contains), "an id is used both by an expert and a need");
  }

  @Test
  void expertsHaveTheFieldsTheApiTakes() {
    NsfcCodes codes = NsfcCodes.get();
    Set<String> clusters =
        java.util.Arrays.stream(Cluster.values()).map(Enum::name).collect(Collectors.toSet());
    for (JsonNode e : experts) {
      String id = text(e, "id");
      for (String f : List.of("name", "university", "title", "researchDirections")) {
        String v = text(e, f);
        assertTrue(v != null && !v.isBlank(), id + " lacks " + f);
      }
      assertTrue(text(e, "researchDirections").length() <= 3000, id + " directions too long");
      JsonNode disciplines = e.get("disciplines");
      assertTrue(
          disciplines != null && disciplines.isArray() && !disciplines.isEmpty(),
          id + " has no discipline");
      disciplines.forEach(
          d -> assertTrue(codes.exists(d.asText()), id + ": unknown NSFC code " + d.asText()));
      JsonNode cl = e.get("clusters");
      if (cl != null) {
        cl.forEach(
            c -> assertTrue(clusters.contains(c.asText()), id + ": unknown cluster " + c.asText()));
      }
      JsonNode achievements = e.get("achievements");
      assertTrue(achievements != null && achievements.isArray(), id + " has no achievements");
      assertTrue(
          achievements.size() >= 1 && achievements.size() <= 3,
          id + ": " + achievements.size() + " achievements");
      for (JsonNode a : achievements) {
        assertTrue(
            ACHIEVEMENT_KINDS.contains(text(a, "kind")),
            id + ": achievement kind " + text(a, "kind"));
        assertFalse(
            text(a, "title") == null || text(a, "title").isBlank(),
            id + ": achievement without title");
      }
    }
  }

  @Test
  void needsHaveTheFieldsTheApiTakesASliceAndASplit() {
    NsfcCodes codes = NsfcCodes.get();
    for (JsonNode n : needs) {
      String id = text(n, "id");
      assertTrue(
          text(n, "title") != null
              && !text(n, "title").isBlank()
              && text(n, "title").length() <= 100,
          id + " title");
      assertTrue(
          text(n, "publicSummary") != null
              && !text(n, "publicSummary").isBlank()
              && text(n, "publicSummary").length() <= 1000,
          id + " publicSummary");
      assertTrue(
          text(n, "description") == null || text(n, "description").length() <= 5000,
          id + " description");
      JsonNode nsfc = n.get("nsfcCodes");
      if (nsfc != null) {
        nsfc.forEach(
            c -> assertTrue(codes.exists(c.asText()), id + ": unknown NSFC code " + c.asText()));
      }
      String split = text(n, "split");
      assertTrue("dev".equals(split) || "test".equals(split), id + " split " + split);
      JsonNode slices = n.get("slices");
      assertTrue(slices != null && slices.isArray() && !slices.isEmpty(), id + " has no slice");
      slices.forEach(
          s -> assertTrue(SLICES.contains(s.asText()), id + ": unknown slice " + s.asText()));
      boolean isLong = false;
      for (JsonNode s : slices) isLong |= "long".equals(s.asText());
      if (isLong) {
        int length = (text(n, "description") == null ? 0 : text(n, "description").length());
        assertTrue(
            length >= 300,
            id + " is sliced long but its description has " + length + " characters");
      }
    }
  }

  @Test
  void everyQrelPointsAtAnExistingNeedAndExpertWithAGradeAndAReason() {
    Set<String> e = experts.stream().map(x -> text(x, "id")).collect(Collectors.toSet());
    Set<String> n = needs.stream().map(x -> text(x, "id")).collect(Collectors.toSet());
    for (JsonNode q : qrels) {
      assertTrue(n.contains(text(q, "need")), "qrel for unknown need: " + q);
      assertTrue(e.contains(text(q, "expert")), "qrel for unknown expert: " + q);
      JsonNode g = q.get("grade");
      assertTrue(g != null && g.isInt() && g.asInt() >= 0 && g.asInt() <= 3, "grade not 0–3: " + q);
      assertFalse(
          text(q, "reason") == null || text(q, "reason").isBlank(), "qrel without reason: " + q);
    }
  }

  @Test
  void everyNeedHasAtLeastFifteenJudgementsAndARelevantExpert() {
    Map<String, Integer> count = new HashMap<>();
    Map<String, Integer> best = new HashMap<>();
    for (JsonNode q : qrels) {
      count.merge(text(q, "need"), 1, Integer::sum);
      best.merge(text(q, "need"), q.get("grade").asInt(), Math::max);
    }
    for (JsonNode n : needs) {
      String id = text(n, "id");
      assertTrue(
          count.getOrDefault(id, 0) >= 15,
          id + " has " + count.getOrDefault(id, 0) + " judgements");
      assertTrue(best.getOrDefault(id, 0) >= 2, id + " has no expert graded 2 or 3");
    }
  }

  @Test
  void splitsAreLargeEnoughAndEverySliceIsInBoth() {
    Map<String, Map<String, Integer>> bySplit = new LinkedHashMap<>();
    Map<String, Integer> perSplit = new HashMap<>();
    for (JsonNode n : needs) {
      String split = text(n, "split");
      perSplit.merge(split, 1, Integer::sum);
      n.get("slices")
          .forEach(
              s ->
                  bySplit
                      .computeIfAbsent(split, k -> new HashMap<>())
                      .merge(s.asText(), 1, Integer::sum));
    }
    assertTrue(perSplit.getOrDefault("dev", 0) >= 28, "dev has " + perSplit.get("dev"));
    assertTrue(perSplit.getOrDefault("test", 0) >= 28, "test has " + perSplit.get("test"));
    for (String slice : SLICES) {
      assertTrue(
          bySplit.getOrDefault("dev", Map.of()).getOrDefault(slice, 0) > 0,
          "slice " + slice + " missing from dev");
      assertTrue(
          bySplit.getOrDefault("test", Map.of()).getOrDefault(slice, 0) > 0,
          "slice " + slice + " missing from test");
    }
    assertEquals(needs.size(), perSplit.values().stream().mapToInt(Integer::intValue).sum());
  }
}
