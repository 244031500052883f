package cn.gov.huaian.zjtx.policy.rules.assess;

import cn.gov.huaian.zjtx.policy.rules.Truth;

/** 资格结论 for one (enterprise, program). */
public enum Eligibility {
  ELIGIBLE("符合条件"),
  NOT_ELIGIBLE("不符合条件"),
  UNKNOWN("信息不全，待补充");

  private final String label;

  Eligibility(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Eligibility of(Truth truth) {
    return switch (truth) {
      case TRUE -> ELIGIBLE;
      case FALSE -> NOT_ELIGIBLE;
      case UNKNOWN -> UNKNOWN;
    };
  }
}
