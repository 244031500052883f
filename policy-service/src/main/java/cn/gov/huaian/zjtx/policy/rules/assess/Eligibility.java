package cn.gov.huaian.zjtx.policy.rules.assess;

import cn.gov.huaian.zjtx.policy.rules.Truth;

/** 资格结论 for one (enterprise, program). */
public enum Eligibility {
  ELIGIBLE("符合条件"),
  /** Every automatic criterion holds; criteria only a person can check are still pending. */
  PENDING_VERIFICATION("符合（待核验）"),
  NOT_ELIGIBLE("不符合条件"),
  UNKNOWN("信息不全，待补充");

  private final String label;

  Eligibility(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** "符合（待核验 3 项）" for a pending result, the plain label otherwise. */
  public String label(int pendingChecks) {
    return this == PENDING_VERIFICATION ? "符合（待核验 " + pendingChecks + " 项）" : label;
  }

  /** Eligible on every automatic criterion (verified or not). */
  public boolean eligibleOnRules() {
    return this == ELIGIBLE || this == PENDING_VERIFICATION;
  }

  public static Eligibility of(Truth truth) {
    return switch (truth) {
      case TRUE -> ELIGIBLE;
      case FALSE -> NOT_ELIGIBLE;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
