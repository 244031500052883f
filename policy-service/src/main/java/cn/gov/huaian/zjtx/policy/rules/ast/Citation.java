package cn.gov.huaian.zjtx.policy.rules.ast;

/**
 * 条款引用：a criterion's name for people and the clause of the policy text it comes from.
 *
 * @param label e.g. "研发费用占比不低于3%", empty when the rule author gave none
 * @param clause e.g. "《优质中小企业梯度培育管理暂行办法》第十一条第（二）项", empty when none
 */
public record Citation(String label, String clause) {
  public static final Citation NONE = new Citation("", "");

  public Citation {
    label = label == null ? "" : label;
    clause = clause == null ? "" : clause;
  }

  public static Citation of(String label, String clause) {
    return new Citation(label, clause);
  }

  public boolean isEmpty() {
    return label.isEmpty() && clause.isEmpty();
  }
}
