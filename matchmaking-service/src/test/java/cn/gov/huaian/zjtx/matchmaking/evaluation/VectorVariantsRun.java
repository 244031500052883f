package cn.gov.huaian.zjtx.matchmaking.evaluation;

import cn.gov.huaian.zjtx.matchmaking.ranking.Metrics;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Which vector of a need and of an expert ranks the collection's experts best, offline (no server,
 * no demo experts): the whole texts as stored today, or an expert's directions and achievement
 * titles embedded one by one, or the need's title, or its best sentence. Prints nDCG@10 of each
 * variant on a split ({@code -Dzjtx.evaluation.split=dev}, the default; tune on dev only). A
 * command, not a test the build runs (docs/evaluation/matchmaking.md, "The poster's
 * self-introduction").
 */
class VectorVariantsRun {
  @Test
  void run() throws Exception {
    String split = System.getProperty("zjtx.evaluation.split", "dev");
    var cache = new VectorCache(Path.of("target/evaluation/variant-vectors.bin"));
    List<JsonNode> experts = JudgedEvaluation.read("experts.jsonl");
    List<JsonNode> needs = JudgedEvaluation.read("needs.jsonl");
    Map<String, Map<String, Integer>> grades = new HashMap<>();
    for (JsonNode q : JudgedEvaluation.read("qrels.jsonl")) {
      grades
          .computeIfAbsent(q.get("need").asText(), k -> new HashMap<>())
          .put(q.get("expert").asText(), q.get("grade").asInt());
    }
    Map<String, float[]> whole = new LinkedHashMap<>();
    Map<String, List<float[]>> chunks = new HashMap<>();
    Map<String, List<float[]>> dirChunks = new HashMap<>();
    for (JsonNode e : experts) {
      String id = e.get("id").asText();
      String dirs = e.get("researchDirections").asText();
      var sb = new StringBuilder(dirs);
      var cs = new ArrayList<float[]>();
      var ds = new ArrayList<float[]>();
      for (String d : dirs.split("[；;。\n]")) {
        if (!d.isBlank()) {
          float[] v = cache.document(d.strip());
          cs.add(v);
          ds.add(v);
        }
      }
      for (JsonNode a : e.get("achievements")) {
        sb.append('\n').append(a.get("title").asText());
        cs.add(cache.document(a.get("title").asText()));
      }
      whole.put(id, cache.document(sb.toString().strip()));
      chunks.put(id, cs);
      dirChunks.put(id, ds);
    }
    cache.save();
    Map<String, Map<String, Double>> results = new TreeMap<>();
    for (JsonNode n : needs) {
      if (!split.equals(n.get("split").asText())) continue;
      String id = n.get("id").asText();
      String title = n.get("title").asText();
      String summary = n.get("publicSummary").asText();
      String desc = n.path("description").asText("");
      String full = title + "\n" + summary + (desc.isEmpty() ? "" : "\n" + desc);
      float[] nDoc = cache.document(full);
      float[] nTitleQ = Embedder.shared().embedQuery(title + "，" + summary);
      float[] nTitleDoc = cache.document(title + "\n" + summary);
      List<float[]> nSentences = new ArrayList<>();
      for (String s : full.split("[。！？\n]")) {
        if (s.strip().length() >= 6) nSentences.add(cache.document(s.strip()));
      }
      Map<String, ToDoubleFunction<String>> variants = new LinkedHashMap<>();
      variants.put("A whole", e -> Embedder.cosine(nDoc, whole.get(e)));
      variants.put("B maxchunk", e -> max(nDoc, chunks.get(e)));
      variants.put(
          "C whole+maxchunk",
          e -> 0.5 * Embedder.cosine(nDoc, whole.get(e)) + 0.5 * max(nDoc, chunks.get(e)));
      variants.put("D titleQ whole", e -> Embedder.cosine(nTitleQ, whole.get(e)));
      variants.put("E titleDoc whole", e -> Embedder.cosine(nTitleDoc, whole.get(e)));
      variants.put(
          "F A+D",
          e ->
              0.5 * Embedder.cosine(nDoc, whole.get(e))
                  + 0.5 * Embedder.cosine(nTitleQ, whole.get(e)));
      variants.put(
          "G A+E",
          e ->
              0.5 * Embedder.cosine(nDoc, whole.get(e))
                  + 0.5 * Embedder.cosine(nTitleDoc, whole.get(e)));
      variants.put(
          "H C+E",
          e ->
              (Embedder.cosine(nDoc, whole.get(e))
                      + max(nDoc, chunks.get(e))
                      + Embedder.cosine(nTitleDoc, whole.get(e)))
                  / 3);
      variants.put("I maxdir", e -> max(nDoc, dirChunks.get(e)));
      variants.put(
          "J sent-max x whole",
          e -> {
            double m = 0;
            for (float[] s : nSentences) m = Math.max(m, Embedder.cosine(s, whole.get(e)));
            return m;
          });
      variants.put(
          "K A+J",
          e -> {
            double m = 0;
            for (float[] s : nSentences) m = Math.max(m, Embedder.cosine(s, whole.get(e)));
            return 0.5 * m + 0.5 * Embedder.cosine(nDoc, whole.get(e));
          });
      variants.put(
          "L A+E+J",
          e -> {
            double m = 0;
            for (float[] s : nSentences) m = Math.max(m, Embedder.cosine(s, whole.get(e)));
            return (m
                    + Embedder.cosine(nDoc, whole.get(e))
                    + Embedder.cosine(nTitleDoc, whole.get(e)))
                / 3;
          });
      for (var v : variants.entrySet()) {
        List<String> ranking = new ArrayList<>(whole.keySet());
        Map<String, Double> s = new HashMap<>();
        for (String e : ranking) s.put(e, v.getValue().applyAsDouble(e));
        ranking.sort(Comparator.comparingDouble((String e) -> s.get(e)).reversed());
        double ndcg = Metrics.ndcg(ranking, grades.getOrDefault(id, Map.of()), 10);
        results.computeIfAbsent(v.getKey(), k -> new LinkedHashMap<>()).put(id, ndcg);
      }
    }
    cache.save();
    for (var r : results.entrySet()) {
      System.out.printf(
          "VARIANT %-22s %s nDCG@10 %.4f%n",
          r.getKey(),
          split,
          r.getValue().values().stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }
  }

  private static double max(float[] q, List<float[]> vs) {
    double m = -1;
    for (float[] v : vs) m = Math.max(m, Embedder.cosine(q, v));
    return m;
  }
}
