package cn.gov.huaian.zjtx.matchmaking.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.feedback.WeightsGate.JudgedRanking;
import cn.gov.huaian.zjtx.matchmaking.ranking.Weights;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A simulated year of feedback ({@link FeedbackSimulation}): learning on the dev part never lowers
 * the test part (the gate), and a firm clicking 5,000 times cannot move a weight that the honest
 * feedback does not support, while without the per-firm cap it could. Prints the figures
 * docs/evaluation/matchmaking.md reports. No server.
 */
class FeedbackSimulationTest {

  @Test
  void aYearOfHonestFeedbackNeverLowersTheTestPart() throws Exception {
    var dev = dev();
    var test = JudgedRankings.testPart();
    System.out.println("— 一年的模拟反馈（开发部分学习，测试部分把关）");
    var o =
        FeedbackSimulation.run(
            dev, test, Weights.DEFAULT, WeightLearner.Settings.DEFAULT, false, 2026, System.out);
    print("honest", o);
    assertThat(o.testNdcgLearnt()).isGreaterThanOrEqualTo(o.testNdcgFixed());
    assertThat(o.examples()).isGreaterThan(1000);
  }

  @Test
  void oneFirmClickingCannotSteerTheWeights() throws Exception {
    var dev = dev();
    var test = JudgedRankings.testPart();
    var honest =
        FeedbackSimulation.run(
            dev, test, Weights.DEFAULT, WeightLearner.Settings.DEFAULT, false, 2026, null);
    var gamed =
        FeedbackSimulation.run(
            dev, test, Weights.DEFAULT, WeightLearner.Settings.DEFAULT, true, 2026, null);
    var uncapped =
        FeedbackSimulation.run(
            dev,
            test,
            Weights.DEFAULT,
            new WeightLearner.Settings(1e9, 180, 20, 0.5, 30),
            true,
            2026,
            null);
    print("honest", honest);
    print("gamed, capped", gamed);
    print("gamed, no cap", uncapped);
    // What the learner proposes (the gate may keep any of it out): the capped gamer's proposal
    // stays
    // where the honest feedback puts the cluster weight; without the cap the clicks lift it.
    double honestCluster = honest.lastProposed().get("cluster");
    assertThat(Math.abs(gamed.lastProposed().get("cluster") - honestCluster))
        .as("the capped gamer moves the proposed cluster weight by little")
        .isLessThan(0.05);
    assertThat(uncapped.lastProposed().get("cluster"))
        .as("without the cap the same clicks would have lifted it")
        .isGreaterThan(honestCluster + 0.05);
  }

  private static void print(String name, FeedbackSimulation.Outcome o) {
    System.out.printf(
        java.util.Locale.ROOT,
        "| %s | %d | %d / %d | %.4f → %.4f | %.4f → %.4f | %s |%n",
        name,
        o.examples(),
        o.versionsActivated(),
        o.versionsRejected(),
        o.devNdcgFixed(),
        o.devNdcgLearnt(),
        o.testNdcgFixed(),
        o.testNdcgLearnt(),
        FeedbackSimulation.rounded(o.lastProposed()));
  }

  static List<JudgedRanking> dev() throws Exception {
    var in =
        FeedbackSimulationTest.class.getResourceAsStream("/evaluation/judged/dev-features.jsonl");
    var out = new ArrayList<JudgedRanking>();
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      var json = new com.fasterxml.jackson.databind.ObjectMapper();
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(JudgedRankings.parse(json.readTree(line)));
        }
      }
    }
    return out;
  }
}
