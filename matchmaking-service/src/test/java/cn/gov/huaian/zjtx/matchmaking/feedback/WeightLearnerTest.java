package cn.gov.huaian.zjtx.matchmaking.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.feedback.WeightLearner.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The learner on synthetic outcomes drawn from a known truth: firms accept with probability σ(−3 +
 * 6 × (relevance + trueLocality × locality)), the cluster has no effect. It must recover the truth
 * within its bounds, and resist one actor clicking, stale feedback and thin evidence.
 */
class WeightLearnerTest {
  static final Map<String, Double> CURRENT = Map.of("locality", 0.025, "cluster", 0.05);

  @Test
  void recoversWhatAFeatureIsWorthToTheFirms() {
    var r = new WeightLearner(WeightLearner.Settings.DEFAULT).learn(honest(2000, 0.3, 0), CURRENT);
    assertThat(r.learnt()).isTrue();
    assertThat(r.weights().get("locality")).isBetween(0.2, 0.4);
    assertThat(r.weights().get("cluster")).as("no effect in truth").isLessThan(0.05);
  }

  @Test
  void oneActorClickingCannotSteerIt() {
    var examples = new ArrayList<>(honest(2000, 0.3, 0));
    // one firm accepts every cluster match and declines every other, 5,000 times
    var rnd = new Random(7);
    for (int i = 0; i < 5000; i++) {
      double cluster = rnd.nextBoolean() ? 1 : 0;
      examples.add(
          new Example(
              "gamer",
              Map.of("relevance", 0.5, "locality", 0.0, "cluster", cluster),
              cluster > 0 ? 1 : -1,
              1));
    }
    var capped = new WeightLearner(WeightLearner.Settings.DEFAULT).learn(examples, CURRENT);
    assertThat(capped.weights().get("cluster")).isLessThan(0.1);
    var uncapped =
        new WeightLearner(new WeightLearner.Settings(1e9, 180, 20, 0.5, 30))
            .learn(examples, CURRENT);
    assertThat(uncapped.weights().get("cluster"))
        .as("without the cap the same clicks would have moved it")
        .isGreaterThan(0.3);
  }

  @Test
  void oldFeedbackFades() {
    var examples = new ArrayList<>(honest(2000, 0.0, 0)); // today: locality does not matter
    examples.addAll(honest(2000, 0.5, 1500)); // four years ago it mattered a lot
    var r = new WeightLearner(WeightLearner.Settings.DEFAULT).learn(examples, CURRENT);
    assertThat(r.weights().get("locality")).isLessThan(0.1);
  }

  @Test
  void littleEvidenceChangesNothing() {
    var r = new WeightLearner(WeightLearner.Settings.DEFAULT).learn(honest(10, 0.3, 0), CURRENT);
    assertThat(r.learnt()).isFalse();
    assertThat(r.weights()).isEqualTo(CURRENT);
  }

  @Test
  void examplesWithoutVerdictAreIgnoredAndEachActorIsCapped() {
    var learner = new WeightLearner(new WeightLearner.Settings(2, 180, 20, 0.5, 30));
    var w =
        learner.exampleWeights(
            List.of(
                new Example("a", Map.of(), 1, 0),
                new Example("a", Map.of(), 1, 0),
                new Example("a", Map.of(), 1, 0),
                new Example("a", Map.of(), 1, 0),
                new Example("b", Map.of(), 1, 180)));
    assertThat(w[0] + w[1] + w[2] + w[3])
        .isCloseTo(2, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(w[4]).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
  }

  /** 200 firms deciding on matches; {@code ageDays} old. */
  static List<Example> honest(int n, double trueLocality, double ageDays) {
    var rnd = new Random(42 + (long) ageDays + n);
    var out = new ArrayList<Example>();
    for (int i = 0; i < n; i++) {
      double relevance = 0.2 + 0.8 * rnd.nextDouble();
      double locality = rnd.nextBoolean() ? 1 : 0;
      double cluster = rnd.nextBoolean() ? 1 : 0;
      double z = -3 + 6 * (relevance + trueLocality * locality);
      int label = rnd.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : -1;
      out.add(
          new Example(
              "firm-" + (i % 200),
              Map.of("relevance", relevance, "locality", locality, "cluster", cluster),
              label,
              ageDays));
    }
    return out;
  }
}
