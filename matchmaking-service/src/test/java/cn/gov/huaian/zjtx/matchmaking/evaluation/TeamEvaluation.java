package cn.gov.huaian.zjtx.matchmaking.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 组队评测 (issue 16, item 2): facet coverage of the proposed team against the best single expert and
 * the top-k individuals of the ranking, on the judged collection's cross-disciplinary needs, graded
 * with the collection's labels only ({@code facets.txt}: which facet each judged expert answers;
 * {@code qrels.jsonl}: the grades). Needs the collection loaded by {@link JudgedEvaluation} first
 * (it reads {@code ids.tsv}); talks to the instance over HTTP only.
 */
public final class TeamEvaluation {
  /** A labelled facet of a need and the collection experts who answer it. */
  record Facet(String need, String label, Set<String> experts) {}

  /** What one need's answers cover, per system. */
  record Row(
      String need,
      String split,
      int facets,
      int detected,
      int teamSize,
      int universities,
      int judgedZero,
      int judgedZeroTopK,
      Map<String, double[]> coverage) {}

  static final List<String> SYSTEMS =
      List.of(
          "team", "top-1 (best single expert)", "top-k (k = team size)", "top-4", "oracle single");

  private final JudgedEvaluation api;

  TeamEvaluation(JudgedEvaluation api) {
    this.api = api;
  }

  public static void main(String[] args) throws Exception {
    new TeamEvaluation(
            new JudgedEvaluation(
                System.getProperty("zjtx.evaluation.url", "http://127.0.0.1:28080"),
                System.getProperty("zjtx.evaluation.keycloak", "http://127.0.0.1:8180"),
                System.getProperty("zjtx.evaluation.user", "admin-demo"),
                System.getProperty("zjtx.evaluation.password", "Demo@2025")))
        .run(
            System.getProperty("zjtx.evaluation.teams", "all"),
            Path.of(System.getProperty("zjtx.evaluation.out", "target/evaluation")),
            System.out);
  }

  /**
   * Share of a need's labelled facets answered by at least one of {@code experts} judged ≥ {@code
   * minGrade} for the need.
   */
  static double coverage(
      List<String> experts, List<Facet> facets, Map<String, Integer> grades, int minGrade) {
    if (facets.isEmpty()) {
      return 0;
    }
    int covered = 0;
    for (Facet f : facets) {
      if (experts.stream()
          .anyMatch(e -> f.experts().contains(e) && grades.getOrDefault(e, 0) >= minGrade)) {
        covered++;
      }
    }
    return (double) covered / facets.size();
  }

  static Map<String, List<Facet>> facets() throws IOException {
    Map<String, List<Facet>> out = new LinkedHashMap<>();
    var in = TeamEvaluation.class.getResourceAsStream(JudgedEvaluation.DIR + "facets.txt");
    if (in == null) {
      throw new IllegalStateException("缺少资源 facets.txt");
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\\|");
        out.computeIfAbsent(p[0], k -> new ArrayList<>())
            .add(new Facet(p[0], p[1], new HashSet<>(List.of(p[2].split(",")))));
      }
    }
    return out;
  }

  void run(String split, Path out, PrintStream print) throws Exception {
    Map<String, List<Facet>> facets = facets();
    Map<String, String> splits = new HashMap<>();
    for (JsonNode n : JudgedEvaluation.read("needs.jsonl")) {
      splits.put(n.get("id").asText(), n.get("split").asText());
    }
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    for (JsonNode q : JudgedEvaluation.read("qrels.jsonl")) {
      qrels
          .computeIfAbsent(q.get("need").asText(), k -> new HashMap<>())
          .put(q.get("expert").asText(), q.get("grade").asInt());
    }
    Map<String, String> collectionId = new HashMap<>();
    Map<String, String> needUuid = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("ids.tsv"))) {
      String[] p = line.split("\t");
      if (p[0].startsWith("E")) {
        collectionId.put(p[1], p[0]);
      } else {
        needUuid.put(p[0], p[1]);
      }
    }
    var rows = new ArrayList<Row>();
    var detail = new StringBuilder();
    for (var entry : facets.entrySet()) {
      String need = entry.getKey();
      if (!split.equals("all") && !split.equals(splits.get(need))) {
        continue;
      }
      String id = needUuid.get(need);
      JsonNode proposal = api.get("/api/v1/tech-needs/" + id + "/team-proposal");
      List<String> team = new ArrayList<>();
      var unis = new HashSet<String>();
      for (JsonNode m : proposal.get("members")) {
        team.add(collectionId.getOrDefault(m.get("expertId").asText(), "demo"));
        unis.add(m.get("universityId").asText());
      }
      List<String> ranking = new ArrayList<>();
      for (JsonNode m : api.get("/api/v1/matches/needs/" + id + "/experts?size=10").get("items")) {
        ranking.add(collectionId.getOrDefault(m.get("id").asText(), "demo"));
      }
      int k = Math.max(1, team.size());
      Map<String, Integer> grades = qrels.getOrDefault(need, Map.of());
      List<Facet> labelled = entry.getValue();
      Map<String, double[]> cov = new LinkedHashMap<>();
      cov.put("team", both(team, labelled, grades));
      cov.put(
          SYSTEMS.get(1), both(ranking.subList(0, Math.min(1, ranking.size())), labelled, grades));
      cov.put(
          SYSTEMS.get(2), both(ranking.subList(0, Math.min(k, ranking.size())), labelled, grades));
      cov.put(
          SYSTEMS.get(3), both(ranking.subList(0, Math.min(4, ranking.size())), labelled, grades));
      double[] oracle = {0, 0};
      for (String e : grades.keySet()) {
        double[] c = both(List.of(e), labelled, grades);
        oracle[0] = Math.max(oracle[0], c[0]);
        oracle[1] = Math.max(oracle[1], c[1]);
      }
      cov.put(SYSTEMS.get(4), oracle);
      rows.add(
          new Row(
              need,
              splits.get(need),
              labelled.size(),
              proposal.get("facets").size(),
              team.size(),
              unis.size(),
              zero(team, grades),
              zero(ranking.subList(0, Math.min(k, ranking.size())), grades),
              cov));
      detail.append(need).append(" 识别的方面 ");
      proposal
          .get("facets")
          .forEach(f -> detail.append('[').append(f.get("label").asText()).append(']'));
      detail.append("\n  团队 ");
      for (int i = 0; i < team.size(); i++) {
        JsonNode m = proposal.get("members").get(i);
        detail
            .append(team.get(i))
            .append("(g")
            .append(grades.getOrDefault(team.get(i), 0))
            .append(") ")
            .append(m.get("reason").asText())
            .append(" | ");
      }
      detail
          .append("\n  排名前 4 ")
          .append(ranking.subList(0, Math.min(4, ranking.size())))
          .append('\n');
    }
    print.print(table(rows));
    print.print(detail);
  }

  /** Experts judged 0 for the need, or not judged (demo experts, others). */
  private static int zero(List<String> experts, Map<String, Integer> grades) {
    return (int) experts.stream().filter(e -> grades.getOrDefault(e, 0) == 0).count();
  }

  private static double[] both(List<String> experts, List<Facet> facets, Map<String, Integer> g) {
    return new double[] {coverage(experts, facets, g, 1), coverage(experts, facets, g, 2)};
  }

  static String table(List<Row> rows) {
    var sb = new StringBuilder();
    sb.append(
        "| need | split | labelled facets | detected | team size | universities | judged 0 in team / in top-k |");
    for (String s : SYSTEMS) {
      sb.append(' ').append(s).append(" ≥1 / ≥2 |");
    }
    sb.append('\n').append("|---".repeat(7 + SYSTEMS.size())).append("|\n");
    for (Row r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %d | %d | %d | %d / %d |",
              r.need(),
              r.split(),
              r.facets(),
              r.detected(),
              r.teamSize(),
              r.universities(),
              r.judgedZero(),
              r.judgedZeroTopK()));
      for (String s : SYSTEMS) {
        double[] c = r.coverage().get(s);
        sb.append(String.format(Locale.ROOT, " %.2f / %.2f |", c[0], c[1]));
      }
      sb.append('\n');
    }
    for (String split : List.of("dev", "test", "all")) {
      List<Row> part =
          rows.stream().filter(r -> split.equals("all") || split.equals(r.split())).toList();
      if (part.isEmpty()) {
        continue;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "| **mean %s** | n=%d | %.2f | %.2f | %.2f | %.2f | %d / %d |",
              split,
              part.size(),
              part.stream().mapToInt(Row::facets).average().orElse(0),
              part.stream().mapToInt(Row::detected).average().orElse(0),
              part.stream().mapToInt(Row::teamSize).average().orElse(0),
              part.stream().mapToInt(Row::universities).average().orElse(0),
              part.stream().mapToInt(Row::judgedZero).sum(),
              part.stream().mapToInt(Row::judgedZeroTopK).sum()));
      for (String s : SYSTEMS) {
        sb.append(
            String.format(
                Locale.ROOT,
                " %.3f / %.3f |",
                part.stream().mapToDouble(r -> r.coverage().get(s)[0]).average().orElse(0),
                part.stream().mapToDouble(r -> r.coverage().get(s)[1]).average().orElse(0)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
