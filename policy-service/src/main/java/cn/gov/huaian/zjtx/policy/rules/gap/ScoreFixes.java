package cn.gov.huaian.zjtx.policy.rules.gap;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.ScoreAtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreBand;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreItem;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Buys the missing points of a score: each item can move up to a better band (by that band's own
 * fix); a small branch-and-bound picks the upgrades whose gains cover the shortfall.
 */
final class ScoreFixes {
  private static final int MAX_SOLUTIONS = 200;
  private static final int MAX_STEPS = 20_000;

  private final GapFinder finder;
  private int steps;

  ScoreFixes(GapFinder finder) {
    this.finder = finder;
  }

  /** Moving one item up to a better band: the changes needed and the points gained. */
  private record Upgrade(Changes changes, double gain) {}

  List<Changes> of(ScoreAtLeast score, FactSet facts) {
    List<List<Upgrade>> upgrades = new ArrayList<>();
    double total = 0;
    for (ScoreItem item : score.items()) {
      double current = currentPoints(item, facts);
      total += current;
      upgrades.add(upgrades(item, current, facts));
    }
    double shortfall = score.minimum() - total;
    double[] reachable = reachableFrom(upgrades);
    List<Changes> solutions = new ArrayList<>();
    steps = 0;
    search(upgrades, reachable, 0, Changes.NONE, shortfall, facts, solutions);
    return finder.cheapest(solutions, facts);
  }

  /** Points the item surely gives now: the lowest it can take with the facts as they are. */
  private double currentPoints(ScoreItem item, FactSet facts) {
    double lowest = Double.POSITIVE_INFINITY;
    for (ScoreBand band : item.bands()) {
      Truth truth = finder.evaluate(band.when(), facts);
      if (truth != Truth.FALSE) {
        lowest = Math.min(lowest, band.points());
      }
      if (truth == Truth.TRUE) {
        return lowest;
      }
    }
    return Math.min(lowest, item.otherwise());
  }

  private List<Upgrade> upgrades(ScoreItem item, double current, FactSet facts) {
    List<Upgrade> upgrades = new ArrayList<>();
    for (ScoreBand band : item.bands()) {
      if (band.points() <= current) {
        continue;
      }
      for (Changes fix : finder.fixes(band.when(), facts).stream().limit(2).toList()) {
        if (!fix.values().isEmpty()) {
          upgrades.add(new Upgrade(fix, band.points() - current));
        }
      }
    }
    return upgrades;
  }

  // reachable[i] = most points items i.. can still add; prunes branches that cannot close the gap.
  private static double[] reachableFrom(List<List<Upgrade>> upgrades) {
    double[] reachable = new double[upgrades.size() + 1];
    for (int i = upgrades.size() - 1; i >= 0; i--) {
      double best = upgrades.get(i).stream().mapToDouble(Upgrade::gain).max().orElse(0);
      reachable[i] = reachable[i + 1] + best;
    }
    return reachable;
  }

  private void search(
      List<List<Upgrade>> upgrades,
      double[] reachable,
      int item,
      Changes sofar,
      double shortfall,
      FactSet facts,
      List<Changes> solutions) {
    if (shortfall <= 0) {
      solutions.add(sofar);
      return;
    }
    if (item == upgrades.size()
        || reachable[item] < shortfall
        || solutions.size() >= MAX_SOLUTIONS
        || ++steps > MAX_STEPS) {
      return;
    }
    for (Upgrade upgrade : upgrades.get(item)) {
      for (Changes merged : sofar.with(upgrade.changes())) {
        search(upgrades, reachable, item + 1, merged, shortfall - upgrade.gain(), facts, solutions);
      }
    }
    search(upgrades, reachable, item + 1, sofar, shortfall, facts, solutions);
  }
}
