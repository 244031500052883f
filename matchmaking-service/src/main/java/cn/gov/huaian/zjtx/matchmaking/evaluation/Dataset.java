package cn.gov.huaian.zjtx.matchmaking.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The labelled evaluation set: expert profiles, needs, and graded relevance judgements (0–3). */
public record Dataset(
    List<EvalExpert> experts, List<EvalNeed> needs, Map<UUID, Map<UUID, Integer>> qrels) {

  /** A generated expert profile. */
  public record EvalExpert(
      UUID id,
      String name,
      String university,
      boolean inHuaian,
      boolean inJiangsu,
      String title,
      String researchDirections,
      List<String> achievements,
      List<String> disciplines,
      List<String> clusters,
      int capacity,
      Double pastOutcome,
      int topic,
      int secondaryTopic) {
    public String text() {
      return researchDirections
          + (achievements.isEmpty() ? "" : "\n" + String.join("\n", achievements));
    }
  }

  /** A generated need. */
  public record EvalNeed(
      UUID id,
      String title,
      String publicSummary,
      String description,
      List<String> nsfcCodes,
      String cluster,
      String regionPreference,
      int topic) {
    public String text() {
      return title + "\n" + publicSummary + "\n" + description;
    }
  }

  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  public static Dataset load(String resourceDir) {
    var experts = readJsonl(resourceDir + "/experts.jsonl", EvalExpert.class);
    var needs = readJsonl(resourceDir + "/needs.jsonl", EvalNeed.class);
    var qrels = new HashMap<UUID, Map<UUID, Integer>>();
    for (String line : lines(resourceDir + "/qrels.tsv")) {
      String[] f = line.split("\t");
      if (f.length == 3 && !f[0].equals("need_id")) {
        qrels
            .computeIfAbsent(UUID.fromString(f[0]), k -> new HashMap<>())
            .put(UUID.fromString(f[1]), Integer.parseInt(f[2]));
      }
    }
    return new Dataset(experts, needs, qrels);
  }

  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    var e = new StringBuilder();
    for (EvalExpert x : experts) {
      e.append(JSON.writeValueAsString(x)).append('\n');
    }
    Files.writeString(dir.resolve("experts.jsonl"), e);
    var n = new StringBuilder();
    for (EvalNeed x : needs) {
      n.append(JSON.writeValueAsString(x)).append('\n');
    }
    Files.writeString(dir.resolve("needs.jsonl"), n);
    var q = new StringBuilder("need_id\texpert_id\tgrade\n");
    for (EvalNeed need : needs) {
      qrels.getOrDefault(need.id(), Map.of()).entrySet().stream()
          .sorted(
              Map.Entry.<UUID, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .forEach(
              en ->
                  q.append(need.id())
                      .append('\t')
                      .append(en.getKey())
                      .append('\t')
                      .append(en.getValue())
                      .append('\n'));
    }
    Files.writeString(dir.resolve("qrels.tsv"), q);
  }

  private static <T> List<T> readJsonl(String resource, Class<T> type) {
    var out = new ArrayList<T>();
    for (String line : lines(resource)) {
      try {
        out.add(JSON.readValue(line, type));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static List<String> lines(String resource) {
    try (var in = Dataset.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("缺少评测数据 " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
