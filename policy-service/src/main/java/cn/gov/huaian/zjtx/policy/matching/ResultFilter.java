package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.matching.MatchViews.MatchView;

/**
 * 一站直达的结论筛选：a verdict, or 已持有 — the titles a firm holds, whose verdict only previews their next
 * review. A title held is listed under HELD and under no verdict, so that "不符合" does not list a
 * certificate the firm has.
 */
public enum ResultFilter {
  ELIGIBLE,
  PENDING_VERIFICATION,
  UNKNOWN,
  NOT_ELIGIBLE,
  HELD;

  boolean accepts(MatchView view) {
    if (this == HELD || view.held() != null) {
      return this == HELD && view.held() != null;
    }
    return view.status().equals(name());
  }
}
