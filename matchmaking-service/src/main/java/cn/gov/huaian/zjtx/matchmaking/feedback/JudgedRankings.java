package cn.gov.huaian.zjtx.matchmaking.feedback;

import cn.gov.huaian.zjtx.matchmaking.feedback.WeightsGate.Candidate;
import cn.gov.huaian.zjtx.matchmaking.feedback.WeightsGate.JudgedRanking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged collection's test part as the gate reads it ({@code /ranking/judged-test.jsonl}): per
 * need, the candidates a full run of the ranker returned with their explained feature values, and
 * every hand-given grade of the need. Written by {@code JudgedFeaturesExport} from a {@code
 * JudgedEvaluation} run; numbers and collection ids only.
 */
public final class JudgedRankings {
  static final String RESOURCE = "/ranking/judged-test.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile List<JudgedRanking> cached;

  private JudgedRankings() {}

  /** The judged rankings, or an empty list when the resource is not in this build. */
  public static List<JudgedRanking> testPart() {
    List<JudgedRanking> c = cached;
    if (c == null) {
      c = load();
      cached = c;
    }
    return c;
  }

  private static List<JudgedRanking> load() {
    var in = JudgedRankings.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return List.of();
    }
    var out = new ArrayList<JudgedRanking>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(parse(JSON.readTree(line)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  static JudgedRanking parse(JsonNode n) {
    var candidates = new ArrayList<Candidate>();
    for (JsonNode c : n.get("candidates")) {
      Map<String, Double> values = new HashMap<>();
      c.get("values").properties().forEach(e -> values.put(e.getKey(), e.getValue().asDouble()));
      candidates.add(new Candidate(c.get("expert").asText(), values));
    }
    Map<String, Integer> grades = new HashMap<>();
    n.get("grades").properties().forEach(e -> grades.put(e.getKey(), e.getValue().asInt()));
    return new JudgedRanking(n.get("need").asText(), candidates, grades);
  }
}
