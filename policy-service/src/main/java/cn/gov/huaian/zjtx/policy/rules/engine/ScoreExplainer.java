package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.ScoreAtLeast;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreBand;
import cn.gov.huaian.zjtx.policy.rules.ast.ScoreItem;
import cn.gov.huaian.zjtx.policy.rules.ast.ScorePart;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a banded score: each item with its points (a range when facts are unknown), grouped by
 * part where the table has parts.
 */
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

  /** The items of a table or a part, explained, with the points they give together. */
  private record Scored(List<TraceNode> nodes, Points points) {}

  TraceNode explain(ScoreAtLeast score, FactSet facts) {
    if (score.parts().isEmpty()) {
      Scored scored = items(score.items(), facts);
      return tableNode(score, scored.points(), reaches(scored.points(), score.minimum()), scored);
    }
    // 评分表分部分：each part is shown once, with its items under it, its points out of its
    // maximum and its own minimum; the table holds when the total and every part's minimum do.
    List<TraceNode> partNodes = new ArrayList<>();
    List<Truth> results = new ArrayList<>();
    Points total = new Points(0, 0);
    for (ScorePart part : score.parts()) {
      Scored scored = items(part.items(), facts);
      total = total.plus(scored.points());
      TraceNode node = partNode(part, scored);
      if (part.hasMinimum()) {
        results.add(node.result());
      }
      partNodes.add(node);
    }
    results.addFirst(reaches(total, score.minimum()));
    return tableNode(score, total, Explainer.Kleene.all(results), new Scored(partNodes, total));
  }

  private Scored items(List<ScoreItem> items, FactSet facts) {
    List<TraceNode> nodes = new ArrayList<>();
    Points total = new Points(0, 0);
    for (ScoreItem item : items) {
      List<TraceNode> bands = item.bands().stream().map(band -> explainBand(band, facts)).toList();
      Points points = Points.of(item, bands.stream().map(TraceNode::result).toList());
      total = total.plus(points);
      nodes.add(itemNode(item, points, bands));
    }
    return new Scored(nodes, total);
  }

  private static Truth reaches(Points points, double minimum) {
    return points.lowest() >= minimum
        ? Truth.TRUE
        : points.highest() < minimum ? Truth.FALSE : Truth.UNKNOWN;
  }

  private static TraceNode tableNode(
      ScoreAtLeast score, Points total, Truth result, Scored children) {
    String criterion = score.citation().label().isEmpty() ? "评分" : score.citation().label();
    double maximum = score.items().stream().mapToDouble(ScoreItem::maximum).sum();
    // "创新型中小企业评价得分达到60分以上（得分 65分 / 满分 100分，最低 60分）".
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
        children.nodes());
  }

  /**
   * "创新能力指标（得分 25分 / 满分 40分，最低 20分）"; a part without a minimum of its own reads as its points out
   * of its maximum and, like an item, holds at full marks.
   */
  private static TraceNode partNode(ScorePart part, Scored scored) {
    String label = part.citation().label().isEmpty() ? "评分部分" : part.citation().label();
    Points points = scored.points();
    boolean hasMinimum = part.hasMinimum();
    double threshold = hasMinimum ? part.minimum() : part.maximum();
    String minimum = hasMinimum ? "，最低 " + plain(part.minimum()) + "分" : "";
    return new TraceNode(
        label + "（得分 " + points.shown() + " / 满分 " + plain(part.maximum()) + "分" + minimum + "）",
        part.citation().clause(),
        "",
        null,
        hasMinimum ? "≥" : "满分",
        plain(threshold) + "分",
        reaches(points, threshold),
        scored.nodes());
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
