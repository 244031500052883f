package cn.gov.huaian.zjtx.matchmaking.feedback;

import cn.gov.huaian.zjtx.matchmaking.feedback.WeightsGate.Candidate;
import cn.gov.huaian.zjtx.matchmaking.feedback.WeightsGate.JudgedRanking;
import cn.gov.huaian.zjtx.matchmaking.ranking.ActiveWeights;
import cn.gov.huaian.zjtx.matchmaking.ranking.Rescoring;
import cn.gov.huaian.zjtx.matchmaking.ranking.Weights;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A year of feedback, simulated on the judged collection's dev part, to show what the learning loop
 * does and that one actor cannot steer it. Each day a few dev needs are looked at; experts near the
 * top of the ranking the firms see (the active weights) show interest with a position bias (1/rank,
 * top 10); the firm accepts with a probability set by the hand-given grade (3: 0.8, 2: 0.55, 1:
 * 0.2, 0: 0.05) — the grades were written by reading texts, not from the ranker's features — and
 * declines as off-topic if the grade is 0 or 1, else for a reason not about the match (timing,
 * already found). Every 30 days the learner runs on the feedback so far (decay, per-firm cap) and
 * the gate checks the proposal on the test part ({@link JudgedRankings}) before it takes effect.
 * Reported against fixed weights in the same run. In the gaming variant one firm also accepts every
 * match with a shared cluster and declines every other, 5,000 times over the year.
 */
final class FeedbackSimulation {
  static final double[] ACCEPT = {0.05, 0.2, 0.55, 0.8};
  static final int DAYS = 365;
  static final int NEEDS_PER_DAY = 6;
  static final int LEARN_EVERY = 30;

  record Outcome(
      Weights finalWeights,
      double devNdcgFixed,
      double devNdcgLearnt,
      double testNdcgFixed,
      double testNdcgLearnt,
      int examples,
      int versionsActivated,
      int versionsRejected,
      Map<String, Double> lastProposed) {}

  private FeedbackSimulation() {}

  static Outcome run(
      List<JudgedRanking> dev,
      List<JudgedRanking> test,
      Weights start,
      WeightLearner.Settings settings,
      boolean gamer,
      long seed,
      PrintStream log) {
    var rnd = new Random(seed);
    Weights active = start;
    var feedback = new ArrayList<Dated>();
    int activated = 0;
    int rejected = 0;
    Map<String, Double> lastProposed = ActiveWeights.adjustable(start);
    for (int day = 1; day <= DAYS; day++) {
      for (int k = 0; k < NEEDS_PER_DAY; k++) {
        JudgedRanking need = dev.get(rnd.nextInt(dev.size()));
        List<Candidate> order = ranked(need, active);
        int rank = positionBiased(rnd, Math.min(10, order.size()));
        Candidate c = order.get(rank);
        int grade = need.grades().getOrDefault(c.expert(), 0);
        boolean accepted = rnd.nextDouble() < ACCEPT[grade];
        boolean aboutTheMatch = accepted || grade <= 1;
        if (aboutTheMatch) {
          feedback.add(new Dated("firm-" + need.need(), c.values(), accepted ? 1 : -1, day));
        }
      }
      if (gamer) {
        for (int g = 0; g < 14; g++) {
          JudgedRanking need = dev.get(rnd.nextInt(dev.size()));
          Candidate c = need.candidates().get(rnd.nextInt(need.candidates().size()));
          boolean cluster = c.values().getOrDefault("cluster", 0.0) > 0;
          feedback.add(new Dated("gamer", c.values(), cluster ? 1 : -1, day));
        }
      }
      if (day % LEARN_EVERY == 0) {
        int today = day;
        var examples =
            feedback.stream()
                .map(
                    f ->
                        new WeightLearner.Example(
                            f.actor(), f.values(), f.label(), today - f.day()))
                .toList();
        var learnt = new WeightLearner(settings).learn(examples, ActiveWeights.adjustable(active));
        if (learnt.learnt()) {
          lastProposed = learnt.weights();
          Weights proposed = ActiveWeights.with(active, learnt.weights());
          var verdict = WeightsGate.judge(test, active, proposed);
          if (verdict.pass()) {
            active = proposed;
            activated++;
          } else {
            rejected++;
          }
          if (log != null) {
            log.printf(
                Locale.ROOT,
                "day %3d  examples %5d  proposed %s  test %.4f → %.4f  %s%n",
                day,
                examples.size(),
                rounded(learnt.weights()),
                verdict.currentNdcg(),
                verdict.proposedNdcg(),
                verdict.pass() ? "ACTIVE" : "REJECTED");
          }
        }
      }
    }
    return new Outcome(
        active,
        WeightsGate.meanNdcg(dev, start),
        WeightsGate.meanNdcg(dev, active),
        WeightsGate.meanNdcg(test, start),
        WeightsGate.meanNdcg(test, active),
        feedback.size(),
        activated,
        rejected,
        lastProposed);
  }

  record Dated(String actor, Map<String, Double> values, int label, int day) {}

  private static List<Candidate> ranked(JudgedRanking need, Weights w) {
    return need.candidates().stream()
        .sorted(
            Comparator.comparingDouble((Candidate c) -> -Rescoring.score(c.values(), w))
                .thenComparing(Candidate::expert))
        .toList();
  }

  /** A rank in [0, n) drawn with probability ∝ 1 / (rank + 1). */
  private static int positionBiased(Random rnd, int n) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += 1.0 / (i + 1);
    }
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < n; i++) {
      x -= 1.0 / (i + 1);
      if (x <= 0) {
        return i;
      }
    }
    return n - 1;
  }

  static String rounded(Map<String, Double> w) {
    var sb = new StringBuilder("{");
    w.forEach(
        (k, v) ->
            sb.append(k).append('=').append(String.format(Locale.ROOT, "%.3f", v)).append(' '));
    return sb.toString().strip() + "}";
  }
}
