package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.ScoreAtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreBand;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreItem;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Explains a banded score: each item with its points (a range when facts are unknown). */
final class ScoreExplainer {
  private final Explainer explainer;

  ScoreExplainer(Explainer explainer) {
    this.explainer = explainer;
  }

  /** The points of one item: a single value, or the range it can still take. */
  record Points(double lowest, double highest) {
    static Points of(ScoreItem item, List<Truth> bandResults) {
      double low = Double.POSITIVE_INFINITY;
      double high = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < bandResults.size(); i++) {
        Truth truth = bandResults.get(i);
        if (truth == Truth.FALSE) {
          continue;
        }
        double points = item.bands().get(i).points();
        low = Math.min(low, points);
        high = Math.max(high, points);
        if (truth == Truth.TRUE) {
          return new Points(low, high);
        }
      }
      return new Points(Math.min(low, item.otherwise()), Math.max(high, item.otherwise()));
    }

    Points plus(Points other) {
      return new Points(lowest + other.lowest, highest + other.highest);
    }

    String shown() {
      return lowest == highest ? plain(lowest) + "分" : plain(lowest) + "～" + plain(highest) + "分";
    }
  }

  TraceNode explain(ScoreAtLeast score, FactSet facts) {
    List<TraceNode> items = new ArrayList<>();
    Points total = new Points(0, 0);
    for (ScoreItem item : score.items()) {
      List<TraceNode> bands = item.bands().stream().map(band -> explainBand(band, facts)).toList();
      Points points = Points.of(item, bands.stream().map(TraceNode::result).toList());
      total = total.plus(points);
      items.add(itemNode(item, points, bands));
    }
    Truth result =
        total.lowest() >= score.minimum()
            ? Truth.TRUE
            : total.highest() < score.minimum() ? Truth.FALSE : Truth.UNKNOWN;
    String criterion = score.citation().label().isEmpty() ? "评分" : score.citation().label();
    double maximum = score.items().stream().mapToDouble(ScoreItem::maximum).sum();
    // "创新能力指标得分不低于20分（得分 25分 / 满分 40分，最低 20分）": a part of a table reads as its
    // points out of its maximum with the minimum it must reach.
    return new TraceNode(
        criterion
            + "（得分 "
            + total.shown()
            + " / 满分 "
            + plain(maximum)
            + "分，最低 "
            + plain(score.minimum())
            + "分）",
        score.citation().clause(),
        "",
        null,
        "≥",
        plain(score.minimum()) + "分",
        result,
        items);
  }

  private TraceNode explainBand(ScoreBand band, FactSet facts) {
    TraceNode when = explainer.explain(band.when(), facts);
    return new TraceNode(
        when.criterion() + " → " + plain(band.points()) + "分",
        when.clause(),
        when.fact(),
        when.actual(),
        when.operator(),
        when.required(),
        when.result(),
        when.children());
  }

  private static TraceNode itemNode(ScoreItem item, Points points, List<TraceNode> bands) {
    String label = item.citation().label().isEmpty() ? "评分项" : item.citation().label();
    Truth full =
        points.lowest() >= item.maximum()
            ? Truth.TRUE
            : points.highest() < item.maximum() ? Truth.FALSE : Truth.UNKNOWN;
    return new TraceNode(
        label + "：得 " + points.shown(),
        item.citation().clause(),
        "",
        null,
        "满分",
        plain(item.maximum()) + "分",
        full,
        bands);
  }

  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
