package cn.gov.huaian.zjtx.policy.rules.ast;

import java.util.List;

/**
 * 评分部分：a named group of a score table's items with the least points the group must reach on its own
 * (创新型中小企业评价："创新能力指标得分不低于20分"), or none ({@link #NO_MINIMUM}). The items count toward the table's
 * total as well.
 */
public record ScorePart(Citation citation, double minimum, List<ScoreItem> items) {
  /** A part that only groups its items: any points will do. */
  public static final double NO_MINIMUM = Double.NEGATIVE_INFINITY;

  public ScorePart {
    if (items == null || items.isEmpty()) {
      throw new IllegalArgumentException("评分部分至少要有一个评分项");
    }
    items = List.copyOf(items);
  }

  public boolean hasMinimum() {
    return minimum != NO_MINIMUM;
  }

  /** The most points the part's items can give. */
  public double maximum() {
    return items.stream().mapToDouble(ScoreItem::maximum).sum();
  }
}
