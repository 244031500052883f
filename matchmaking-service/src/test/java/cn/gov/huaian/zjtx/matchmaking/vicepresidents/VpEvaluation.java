package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.ranking.Metrics;
import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToDoubleFunction;

/**
 * The 科技副总 match measured on a small hand-judged set ({@code evaluation/vp}: 6 posts of 淮安 firms,
 * 39 applications by 36 fictional experts, each graded 0–3 by reading the post and the profile, the
 * reason written beside the grade). Each post's applicants are ranked three ways, all with the same
 * texts and the same embedding model:
 *
 * <ul>
 *   <li>{@code consultancy}: the score the assignment used before (a need's consultancy match):
 *       cosine of the whole post text and the profile, + 0.35 × shared disciplines + 0.2 × shared
 *       cluster;
 *   <li>{@code relevance}: {@link SeatFit#relevance()} alone (product line and plan, no
 *       adjustment);
 *   <li>{@code full}: {@link SeatFit#score()} (relevance, then industry experience, disciplines,
 *       cluster and distance as bounded adjustments).
 * </ul>
 *
 * and the capacity-constrained assignment ({@link AssignmentRound}, one place per post, one post
 * per expert) is run on each score, reporting the judged grades of the pairs it chooses. No server.
 * Run with {@code -Dtest=VpEvaluationRun} ({@link VpEvaluationRun}).
 */
public final class VpEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "/evaluation/vp/";

  /** Weights of the score the assignment used before this match existed. */
  static final double OLD_DISCIPLINE = 0.35;

  static final double OLD_CLUSTER = 0.2;

  record Post(VpSeat seat, String district) {}

  record Applicant(Expert expert, String city) {}

  record Scored(String post, String applicant, double consultancy, double relevance, double full) {}

  private VpEvaluation() {}

  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  static Map<String, Double> run(PrintStream print) throws IOException {
    Map<String, Post> posts = posts();
    Map<String, Applicant> applicants = applicants();
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    for (JsonNode g : read("grades.jsonl")) {
      grades
          .computeIfAbsent(g.get("post").asText(), k -> new LinkedHashMap<>())
          .put(g.get("applicant").asText(), g.get("grade").asInt());
    }
    var scored = new ArrayList<Scored>();
    grades.forEach(
        (postId, judged) -> {
          Post p = posts.get(postId);
          var side = SeatScoring.seatSide(p.seat(), p.district());
          float[] whole = Embedder.shared().embedDocument(wholeText(p.seat()));
          judged
              .keySet()
              .forEach(
                  a -> {
                    Applicant ap = applicants.get(a);
                    SeatFit fit = SeatScoring.fit(p.seat(), side, ap.expert(), ap.city());
                    scored.add(
                        new Scored(
                            postId,
                            a,
                            consultancy(p.seat(), whole, ap.expert()),
                            fit.relevance(),
                            fit.score()));
                  });
        });
    var figures = new LinkedHashMap<String, Double>();
    print.println(
        "| score | nDCG@3 | grade of the top applicant | judged-0 in a top 2 | assignment: sum of grades | assigned grade 0 / 3 |");
    print.println("|---|---|---|---|---|---|");
    row(print, figures, "consultancy", Scored::consultancy, scored, grades);
    row(print, figures, "relevance", Scored::relevance, scored, grades);
    row(print, figures, "full", Scored::full, scored, grades);
    print.println();
    print.println("nDCG@3 per post (consultancy / relevance / full):");
    for (String post : grades.keySet()) {
      print.printf(
          Locale.ROOT,
          "%s  %.3f / %.3f / %.3f   full order: %s%n",
          post,
          ndcg(post, Scored::consultancy, scored, grades),
          ndcg(post, Scored::relevance, scored, grades),
          ndcg(post, Scored::full, scored, grades),
          ranking(post, Scored::full, scored).stream()
              .map(a -> a + "(" + grades.get(post).get(a) + ")")
              .toList());
    }
    return figures;
  }

  private static void row(
      PrintStream print,
      Map<String, Double> figures,
      String name,
      ToDoubleFunction<Scored> score,
      List<Scored> scored,
      Map<String, Map<String, Integer>> grades) {
    double ndcg = 0;
    double top = 0;
    int zeroInTop2 = 0;
    for (String post : grades.keySet()) {
      ndcg += ndcg(post, score, scored, grades);
      var order = ranking(post, score, scored);
      top += grades.get(post).get(order.getFirst());
      zeroInTop2 += (int) order.stream().limit(2).filter(a -> grades.get(post).get(a) == 0).count();
    }
    int n = grades.size();
    var assigned = assign(score, scored);
    int sum = assigned.stream().mapToInt(s -> grades.get(s.post()).get(s.applicant())).sum();
    long zeros =
        assigned.stream().filter(s -> grades.get(s.post()).get(s.applicant()) == 0).count();
    long threes =
        assigned.stream().filter(s -> grades.get(s.post()).get(s.applicant()) == 3).count();
    print.printf(
        Locale.ROOT,
        "| %s | %.3f | %.2f | %d | %d of %d | %d / %d |%n",
        name,
        ndcg / n,
        top / n,
        zeroInTop2,
        sum,
        3 * n,
        zeros,
        threes);
    figures.put(name + ".ndcg3", ndcg / n);
    figures.put(name + ".assignedGrades", (double) sum);
  }

  /** One place per post and one post per expert: the assignment as the admin runs it. */
  private static List<Scored> assign(ToDoubleFunction<Scored> score, List<Scored> scored) {
    Map<String, UUID> ids = new HashMap<>();
    ToDoubleFunction<Scored> s = score;
    var candidates = new ArrayList<AssignmentRound.Candidate>();
    Map<UUID, Scored> byApplication = new HashMap<>();
    for (Scored x : scored) {
      UUID app = UUID.randomUUID();
      byApplication.put(app, x);
      candidates.add(
          new AssignmentRound.Candidate(
              app,
              ids.computeIfAbsent("e" + x.applicant(), k -> UUID.randomUUID()),
              ids.computeIfAbsent("s" + x.post(), k -> UUID.randomUUID()),
              s.applyAsDouble(x)));
    }
    var seats =
        scored.stream()
            .map(Scored::post)
            .distinct()
            .map(p -> new AssignmentRound.Seat(ids.get("s" + p), 1, 0))
            .toList();
    var experts =
        scored.stream()
            .map(Scored::applicant)
            .distinct()
            .map(a -> new AssignmentRound.Expert(ids.get("e" + a), 1, 0))
            .toList();
    return AssignmentRound.decide(seats, experts, candidates).assigned().stream()
        .map(c -> byApplication.get(c.application()))
        .toList();
  }

  private static double ndcg(
      String post,
      ToDoubleFunction<Scored> score,
      List<Scored> scored,
      Map<String, Map<String, Integer>> grades) {
    return Metrics.ndcg(ranking(post, score, scored), grades.get(post), 3);
  }

  private static List<String> ranking(
      String post, ToDoubleFunction<Scored> score, List<Scored> scored) {
    return scored.stream()
        .filter(s -> s.post().equals(post))
        .sorted(Comparator.comparingDouble(score).reversed().thenComparing(Scored::applicant))
        .map(Scored::applicant)
        .toList();
  }

  /** The old score: the post's whole text against the profile, disciplines and cluster added. */
  private static double consultancy(VpSeat s, float[] whole, Expert e) {
    float[] expert = Embedder.shared().embedDocument(e.matchText());
    double semantic = Math.max(0, Embedder.cosine(whole, expert));
    boolean cluster = s.cluster != null && e.clusters.contains(s.cluster);
    // The old score also added OLD_DISCIPLINE × shared disciplines; no post or profile in the set
    // carries NSFC codes (firms do not know them), so that term is 0 here.
    return semantic + (cluster ? OLD_CLUSTER : 0);
  }

  private static String wholeText(VpSeat s) {
    return s.title + "\n" + s.mainProductLine + "\n" + s.developmentPlan + "\n" + s.description;
  }

  static Map<String, Post> posts() throws IOException {
    var out = new LinkedHashMap<String, Post>();
    for (JsonNode n : read("posts.jsonl")) {
      var s = new VpSeat();
      s.id = UUID.randomUUID();
      s.title = n.get("title").asText();
      s.mainProductLine = n.get("mainProductLine").asText();
      s.developmentPlan = n.get("developmentPlan").asText();
      s.description = n.get("description").asText();
      s.cluster = Cluster.parse(n.get("cluster").asText()).orElseThrow().name();
      s.nsfcCodes = new ArrayList<>();
      out.put(n.get("id").asText(), new Post(s, n.get("district").asText()));
    }
    return out;
  }

  static Map<String, Applicant> applicants() throws IOException {
    var out = new LinkedHashMap<String, Applicant>();
    for (JsonNode n : read("applicants.jsonl")) {
      var e = new Expert();
      e.id = UUID.randomUUID();
      e.name = n.get("name").asText();
      e.researchDirections = n.get("researchDirections").asText();
      n.get("clusters").forEach(c -> e.clusters.add(c.asText()));
      for (JsonNode a : n.get("achievements")) {
        String text = a.asText();
        int colon = text.indexOf('：');
        e.achievements.add(
            new Expert.Achievement(text.substring(0, colon), text.substring(colon + 1), null));
      }
      e.industryExperience =
          n.path("industryExperience").isNull() ? null : n.get("industryExperience").asText();
      e.willingVicePresident = true;
      out.put(n.get("id").asText(), new Applicant(e, n.get("city").asText()));
    }
    return out;
  }

  static List<JsonNode> read(String name) throws IOException {
    var in = VpEvaluation.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("缺少资源 " + DIR + name);
    }
    var rows = new ArrayList<JsonNode>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank()) {
          rows.add(JSON.readTree(line));
        }
      }
    }
    return rows;
  }
}
