package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 逐条判定记录：one criterion as the enterprise sees it, e.g. "上年度研发费用占营业收入比重： 实际 2.8%，要求 ≥
 * 3%，不满足（第十一条第（二）项）".
 *
 * @param criterion what is tested, in Chinese (the rule's label, or one made from the test)
 * @param clause the clause cited by the rule, empty when none
 * @param fact the fact tested by a leaf, empty for a composite
 * @param actual the enterprise's value shown to people, null when the fact is unknown
 * @param operator e.g. "≥", "包含", "全部满足"
 * @param required the required value shown to people
 * @param result the outcome
 * @param children the parts of a composite (and the items of a score)
 */
public record TraceNode(
    String criterion,
    String clause,
    String fact,
    String actual,
    String operator,
    String required,
    Truth result,
    List<TraceNode> children) {

  public TraceNode {
    children = List.copyOf(children);
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }

  public boolean isFactUnknown() {
    return !fact.isEmpty() && actual == null;
  }

  /** The facts whose absence leaves this criterion (or a part of it) unknown. */
  public Set<String> missingFacts() {
    Set<String> missing = new LinkedHashSet<>();
    collectMissing(missing);
    return missing;
  }

  private void collectMissing(Set<String> missing) {
    if (isFactUnknown()) {
      missing.add(fact);
    }
    children.forEach(child -> child.collectMissing(missing));
  }

  /** Leaves in reading order: the flat list a report or an API shows. */
  public List<TraceNode> leaves() {
    List<TraceNode> leaves = new ArrayList<>();
    collectLeaves(leaves);
    return leaves;
  }

  private void collectLeaves(List<TraceNode> leaves) {
    if (isLeaf()) {
      leaves.add(this);
    }
    children.forEach(child -> child.collectLeaves(leaves));
  }

  /** One line per node, indented: for logs, tests and people. */
  public String render() {
    StringBuilder text = new StringBuilder();
    render(text, 0);
    return text.toString();
  }

  private void render(StringBuilder text, int depth) {
    text.append("  ".repeat(depth))
        .append('[')
        .append(result.label())
        .append("] ")
        .append(criterion);
    if (!fact.isEmpty()) {
      text.append("：实际 ").append(actual == null ? "未知" : actual);
    }
    if (!required.isEmpty()) {
      text.append("，要求 ").append(operator).append(' ').append(required);
    }
    if (!clause.isEmpty()) {
      text.append("（").append(clause).append("）");
    }
    text.append('\n');
    children.forEach(child -> child.render(text, depth + 1));
  }
}
