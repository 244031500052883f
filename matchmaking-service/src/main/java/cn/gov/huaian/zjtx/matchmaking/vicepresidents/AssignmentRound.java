package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One run of the 科技副总 assignment over the open seats, as a decision: which pending applications are
 * assigned, which are not, and which seats are full afterwards. Runs add up: a seat offers only the
 * places earlier runs left ({@code seats − already assigned}), an expert only the capacity earlier
 * runs left, so running twice never over-fills a seat or over-books an expert. Plain Java.
 */
public final class AssignmentRound {
  /** A posting with its places and how many of them earlier runs already filled. */
  public record Seat(UUID id, int places, int alreadyAssigned) {
    int remaining() {
      return Math.max(0, places - alreadyAssigned);
    }
  }

  /** An expert with its capacity for 科技副总 posts and how many it already holds. */
  public record Expert(UUID id, int capacity, int alreadyAssigned) {
    int remaining() {
      return Math.max(0, capacity - alreadyAssigned);
    }
  }

  /** A pending application with its match score. */
  public record Candidate(UUID application, UUID expert, UUID seat, double score) {}

  /** What the run decided; the totals compare the optimal choice with a greedy one. */
  public record Decision(
      List<Candidate> assigned,
      List<Candidate> notAssigned,
      Set<UUID> filledSeats,
      double total,
      double greedyTotal) {}

  private AssignmentRound() {}

  public static Decision decide(
      List<Seat> seats, List<Expert> experts, List<Candidate> candidates) {
    Map<UUID, Integer> seatRoom = new HashMap<>();
    seats.forEach(s -> seatRoom.put(s.id(), s.remaining()));
    Map<UUID, Integer> expertRoom = new HashMap<>();
    experts.forEach(e -> expertRoom.put(e.id(), e.remaining()));
    var pairs = new ArrayList<Assignment.Pair<UUID, UUID>>();
    Map<List<UUID>, Candidate> byPair = new HashMap<>();
    for (Candidate c : candidates) {
      pairs.add(new Assignment.Pair<>(c.expert(), c.seat(), c.score()));
      byPair.put(List.of(c.expert(), c.seat()), c);
    }
    var chosen = Assignment.optimal(pairs, expertRoom, seatRoom);
    Set<List<UUID>> chosenKeys = new HashSet<>();
    chosen.forEach(p -> chosenKeys.add(List.of(p.expert(), p.seat())));
    var assigned = new ArrayList<Candidate>();
    var notAssigned = new ArrayList<Candidate>();
    for (Candidate c : candidates) {
      (chosenKeys.contains(List.of(c.expert(), c.seat())) ? assigned : notAssigned).add(c);
    }
    return new Decision(
        assigned,
        notAssigned,
        filledAfter(seats, assigned),
        Assignment.total(chosen),
        Assignment.total(Assignment.greedy(pairs, expertRoom, seatRoom)));
  }

  private static Set<UUID> filledAfter(List<Seat> seats, List<Candidate> assigned) {
    Map<UUID, Long> added = new HashMap<>();
    assigned.forEach(c -> added.merge(c.seat(), 1L, Long::sum));
    Set<UUID> filled = new HashSet<>();
    for (Seat s : seats) {
      if (s.alreadyAssigned() + added.getOrDefault(s.id(), 0L) >= s.places()) {
        filled.add(s.id());
      }
    }
    return filled;
  }
}
