package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.vicepresidents.AssignmentRound.Candidate;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.AssignmentRound.Expert;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.AssignmentRound.Seat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of 科技副总 assignment runs, without Quarkus or a database. */
class AssignmentRoundTest {
  private static final UUID SEAT = UUID.randomUUID();

  private static UUID id() {
    return UUID.randomUUID();
  }

  @Test
  void aSecondRunOffersOnlyThePlacesTheFirstLeft() {
    Expert a = new Expert(id(), 2, 0);
    Expert b = new Expert(id(), 2, 0);
    Expert c = new Expert(id(), 2, 0);
    var first =
        AssignmentRound.decide(
            List.of(new Seat(SEAT, 2, 0)),
            List.of(a, b),
            List.of(
                new Candidate(id(), a.id(), SEAT, 0.9), new Candidate(id(), b.id(), SEAT, 0.8)));
    assertThat(first.assigned()).hasSize(2);
    assertThat(first.filledSeats()).containsExactly(SEAT);

    var second =
        AssignmentRound.decide(
            List.of(new Seat(SEAT, 2, 2)),
            List.of(c),
            List.of(new Candidate(id(), c.id(), SEAT, 1.0)));
    assertThat(second.assigned()).as("a full seat takes nobody more").isEmpty();
    assertThat(second.notAssigned()).hasSize(1);
  }

  @Test
  void anExpertsEarlierPostsCountAgainstItsCapacity() {
    Expert busy = new Expert(id(), 1, 1);
    var decision =
        AssignmentRound.decide(
            List.of(new Seat(SEAT, 1, 0)),
            List.of(busy),
            List.of(new Candidate(id(), busy.id(), SEAT, 0.9)));
    assertThat(decision.assigned()).isEmpty();
    assertThat(decision.filledSeats()).isEmpty();
  }

  @Test
  void aPartlyFilledSeatStaysOpen() {
    Expert a = new Expert(id(), 1, 0);
    var decision =
        AssignmentRound.decide(
            List.of(new Seat(SEAT, 3, 1)),
            List.of(a),
            List.of(new Candidate(id(), a.id(), SEAT, 0.7)));
    assertThat(decision.assigned()).hasSize(1);
    assertThat(decision.filledSeats()).isEmpty();
  }

  /** Over many random runs in sequence, no seat and no expert ever holds more than it may. */
  @Test
  void repeatedRandomRunsNeverExceedACapacityAndNeverScoreBelowGreedy() {
    Random random = new Random(20261203);
    for (int trial = 0; trial < 200; trial++) {
      List<UUID> seatIds = ids(1 + random.nextInt(4));
      List<UUID> expertIds = ids(1 + random.nextInt(6));
      Map<UUID, Integer> places = new HashMap<>();
      seatIds.forEach(s -> places.put(s, 1 + random.nextInt(3)));
      Map<UUID, Integer> capacity = new HashMap<>();
      expertIds.forEach(e -> capacity.put(e, random.nextInt(3)));
      Map<UUID, Integer> seatTaken = new HashMap<>();
      Map<UUID, Integer> expertTaken = new HashMap<>();
      for (int run = 0; run < 3; run++) {
        var candidates = new ArrayList<Candidate>();
        for (UUID e : expertIds) {
          for (UUID s : seatIds) {
            if (random.nextBoolean()) {
              candidates.add(new Candidate(id(), e, s, random.nextDouble()));
            }
          }
        }
        var decision =
            AssignmentRound.decide(
                seatIds.stream()
                    .map(s -> new Seat(s, places.get(s), seatTaken.getOrDefault(s, 0)))
                    .toList(),
                expertIds.stream()
                    .map(e -> new Expert(e, capacity.get(e), expertTaken.getOrDefault(e, 0)))
                    .toList(),
                candidates);
        assertThat(decision.total()).isGreaterThanOrEqualTo(decision.greedyTotal() - 1e-9);
        for (Candidate c : decision.assigned()) {
          seatTaken.merge(c.seat(), 1, Integer::sum);
          expertTaken.merge(c.expert(), 1, Integer::sum);
        }
        seatIds.forEach(
            s -> assertThat(seatTaken.getOrDefault(s, 0)).isLessThanOrEqualTo(places.get(s)));
        expertIds.forEach(
            e -> assertThat(expertTaken.getOrDefault(e, 0)).isLessThanOrEqualTo(capacity.get(e)));
      }
    }
  }

  private static List<UUID> ids(int n) {
    var out = new ArrayList<UUID>();
    for (int i = 0; i < n; i++) {
      out.add(id());
    }
    return out;
  }
}
