package cn.gov.huaian.zjtx.policy.rules.ast;

import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit;
import java.util.Objects;

/**
 * 一个政策或认定项目的规则（某一版本）：who qualifies and how much they receive.
 *
 * @param id stable program id, e.g. {@code tier.innovative-sme}
 * @param title Chinese title
 * @param version the rule version; results cite it
 * @param source the document the rules come from (文号 and title)
 * @param eligibility the condition an enterprise must meet
 * @param benefit the money an eligible enterprise receives
 * @param exclusiveGroup programs sharing a group are mutually exclusive (only the highest is paid);
 *     empty when the program stacks freely
 */
public record ProgramRules(
    String id,
    String title,
    int version,
    String source,
    Condition eligibility,
    Benefit benefit,
    String exclusiveGroup) {

  public ProgramRules {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(eligibility, "eligibility");
    Objects.requireNonNull(benefit, "benefit");
    title = title == null ? "" : title;
    source = source == null ? "" : source;
    exclusiveGroup = exclusiveGroup == null ? "" : exclusiveGroup;
  }
}
