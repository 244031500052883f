package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 科技副总 assignment: choose expert–seat pairs among the applications so that the total match score is
 * maximal, no expert gets more posts than its capacity and no enterprise posting more experts than
 * its seats. Solved exactly as a min-cost flow (source → expert → posting → sink, cost = −score) by
 * successive shortest paths, stopping once a path no longer adds score. Plain Java, no framework.
 */
public final class Assignment {
  /** A candidate pair with its score (higher is better). */
  public record Pair<E, S>(E expert, S seat, double score) {}

  private Assignment() {}

  public static <E, S> List<Pair<E, S>> optimal(
      List<Pair<E, S>> pairs, Map<E, Integer> expertCapacity, Map<S, Integer> seatCapacity) {
    var experts = new ArrayList<E>();
    var seats = new ArrayList<S>();
    Map<E, Integer> ei = new HashMap<>();
    Map<S, Integer> si = new HashMap<>();
    for (var p : pairs) {
      ei.computeIfAbsent(
          p.expert(),
          e -> {
            experts.add(e);
            return experts.size() - 1;
          });
      si.computeIfAbsent(
          p.seat(),
          s -> {
            seats.add(s);
            return seats.size() - 1;
          });
    }
    int n = 2 + experts.size() + seats.size();
    int source = 0;
    int sink = 1;
    var g = new Graph(n);
    for (int i = 0; i < experts.size(); i++) {
      g.add(source, 2 + i, Math.max(0, expertCapacity.getOrDefault(experts.get(i), 0)), 0);
    }
    for (int j = 0; j < seats.size(); j++) {
      g.add(
          2 + experts.size() + j, sink, Math.max(0, seatCapacity.getOrDefault(seats.get(j), 0)), 0);
    }
    int[] pairEdge = new int[pairs.size()];
    for (int k = 0; k < pairs.size(); k++) {
      var p = pairs.get(k);
      // Scores scaled to integers so that path costs compare exactly.
      pairEdge[k] =
          g.add(
              2 + ei.get(p.expert()),
              2 + experts.size() + si.get(p.seat()),
              1,
              -Math.round(p.score() * 1_000_000));
    }
    while (true) {
      long[] dist = new long[n];
      int[] via = new int[n];
      Arrays.fill(dist, Long.MAX_VALUE);
      Arrays.fill(via, -1);
      dist[source] = 0;
      boolean[] queued = new boolean[n];
      var queue = new ArrayDeque<Integer>();
      queue.add(source);
      while (!queue.isEmpty()) {
        int u = queue.poll();
        queued[u] = false;
        for (int e = g.head[u]; e >= 0; e = g.next[e]) {
          if (g.cap[e] > 0 && dist[u] + g.cost[e] < dist[g.to[e]]) {
            dist[g.to[e]] = dist[u] + g.cost[e];
            via[g.to[e]] = e;
            if (!queued[g.to[e]]) {
              queued[g.to[e]] = true;
              queue.add(g.to[e]);
            }
          }
        }
      }
      if (dist[sink] == Long.MAX_VALUE || dist[sink] >= 0) {
        break;
      }
      for (int v = sink; v != source; v = g.to[via[v] ^ 1]) {
        g.cap[via[v]] -= 1;
        g.cap[via[v] ^ 1] += 1;
      }
    }
    var chosen = new ArrayList<Pair<E, S>>();
    for (int k = 0; k < pairs.size(); k++) {
      if (g.cap[pairEdge[k]] == 0) {
        chosen.add(pairs.get(k));
      }
    }
    return chosen;
  }

  /** The obvious heuristic, kept for comparison: best remaining pair first. */
  public static <E, S> List<Pair<E, S>> greedy(
      List<Pair<E, S>> pairs, Map<E, Integer> expertCapacity, Map<S, Integer> seatCapacity) {
    var left = new HashMap<Object, Integer>();
    expertCapacity.forEach((k, v) -> left.put(List.of("e", k), v));
    seatCapacity.forEach((k, v) -> left.put(List.of("s", k), v));
    var chosen = new ArrayList<Pair<E, S>>();
    pairs.stream()
        .sorted(Comparator.comparingDouble((Pair<E, S> p) -> p.score()).reversed())
        .forEach(
            p -> {
              var e = List.of("e", p.expert());
              var s = List.of("s", p.seat());
              if (left.getOrDefault(e, 0) > 0 && left.getOrDefault(s, 0) > 0) {
                left.merge(e, -1, Integer::sum);
                left.merge(s, -1, Integer::sum);
                chosen.add(p);
              }
            });
    return chosen;
  }

  public static double total(List<? extends Pair<?, ?>> pairs) {
    return pairs.stream().mapToDouble(Pair::score).sum();
  }

  /** Residual graph in arrays; edge e and e^1 are a pair. */
  private static final class Graph {
    int[] head;
    int[] to = new int[16];
    int[] next = new int[16];
    int[] cap = new int[16];
    long[] cost = new long[16];
    int edges;

    Graph(int n) {
      head = new int[n];
      Arrays.fill(head, -1);
    }

    int add(int u, int v, int capacity, long c) {
      int e = edges;
      put(u, v, capacity, c);
      put(v, u, 0, -c);
      return e;
    }

    private void put(int u, int v, int capacity, long c) {
      if (edges == to.length) {
        to = Arrays.copyOf(to, edges * 2);
        next = Arrays.copyOf(next, edges * 2);
        cap = Arrays.copyOf(cap, edges * 2);
        cost = Arrays.copyOf(cost, edges * 2);
      }
      to[edges] = v;
      cap[edges] = capacity;
      cost[edges] = c;
      next[edges] = head[u];
      head[u] = edges++;
    }
  }
}
