package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The optimal assignment against greedy and against brute force; no server. */
class AssignmentTest {
  record P(String expert, String seat, double score) {}

  static List<Assignment.Pair<String, String>> pairs(P... ps) {
    var out = new ArrayList<Assignment.Pair<String, String>>();
    for (P p : ps) {
      out.add(new Assignment.Pair<>(p.expert(), p.seat(), p.score()));
    }
    return out;
  }

  @Test
  void beatsGreedyWhereGreedyTakesTheBestPairFirst() {
    // 王教授 fits both firms, 李教授 only 恒丰; greedy gives 王 to 恒丰 and leaves 李 without a post.
    var pairs =
        pairs(new P("王教授", "恒丰精密", 0.9), new P("王教授", "淮信电子", 0.8), new P("李教授", "恒丰精密", 0.7));
    var experts = Map.of("王教授", 1, "李教授", 1);
    var seats = Map.of("恒丰精密", 1, "淮信电子", 1);

    var greedy = Assignment.greedy(pairs, experts, seats);
    var optimal = Assignment.optimal(pairs, experts, seats);

    assertThat(Assignment.total(greedy)).isCloseTo(0.9, within(1e-9));
    assertThat(Assignment.total(optimal)).isCloseTo(1.5, within(1e-9));
    assertThat(optimal)
        .extracting(Assignment.Pair::expert, Assignment.Pair::seat)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("王教授", "淮信电子"),
            org.assertj.core.groups.Tuple.tuple("李教授", "恒丰精密"));
  }

  @Test
  void onRandomCasesItMatchesBruteForceNeverLosesToGreedyAndKeepsCapacities() {
    var rnd = new Random(7);
    for (int round = 0; round < 300; round++) {
      int nExperts = 1 + rnd.nextInt(4);
      int nSeats = 1 + rnd.nextInt(3);
      var experts = new HashMap<String, Integer>();
      var seats = new HashMap<String, Integer>();
      for (int i = 0; i < nExperts; i++) {
        experts.put("e" + i, rnd.nextInt(3));
      }
      for (int j = 0; j < nSeats; j++) {
        seats.put("s" + j, 1 + rnd.nextInt(2));
      }
      var pairs = new ArrayList<Assignment.Pair<String, String>>();
      for (int i = 0; i < nExperts; i++) {
        for (int j = 0; j < nSeats; j++) {
          if (rnd.nextDouble() < 0.7) {
            pairs.add(
                new Assignment.Pair<>(
                    "e" + i, "s" + j, Math.round(rnd.nextDouble() * 1000) / 1000.0));
          }
        }
      }
      var optimal = Assignment.optimal(pairs, experts, seats);
      assertThat(Assignment.total(optimal))
          .isCloseTo(bruteForce(pairs, experts, seats), within(1e-6));
      assertThat(Assignment.total(optimal))
          .isGreaterThanOrEqualTo(
              Assignment.total(Assignment.greedy(pairs, experts, seats)) - 1e-9);
      experts.forEach(
          (e, cap) ->
              assertThat(optimal.stream().filter(p -> p.expert().equals(e)).count())
                  .isLessThanOrEqualTo(cap));
      seats.forEach(
          (s, cap) ->
              assertThat(optimal.stream().filter(p -> p.seat().equals(s)).count())
                  .isLessThanOrEqualTo(cap));
    }
  }

  static double bruteForce(
      List<Assignment.Pair<String, String>> pairs,
      Map<String, Integer> experts,
      Map<String, Integer> seats) {
    double best = 0;
    for (int mask = 0; mask < 1 << pairs.size(); mask++) {
      var e = new HashMap<String, Integer>();
      var s = new HashMap<String, Integer>();
      double total = 0;
      boolean ok = true;
      for (int k = 0; k < pairs.size() && ok; k++) {
        if ((mask >> k & 1) == 1) {
          var p = pairs.get(k);
          ok =
              e.merge(p.expert(), 1, Integer::sum) <= experts.get(p.expert())
                  && s.merge(p.seat(), 1, Integer::sum) <= seats.get(p.seat());
          total += p.score();
        }
      }
      if (ok) {
        best = Math.max(best, total);
      }
    }
    return best;
  }
}
