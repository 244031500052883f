package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.facts.EncodedFacts;
import cn.gov.huaian.zjtx.policy.rules.facts.FactColumns;

/**
 * 编译后的项目：evaluated once per (enterprise, program) pair in a re-match. Compile a program version
 * once, when it is published, and reuse it for every enterprise.
 */
public final class CompiledProgram {
  private final ProgramRules rules;
  private final CompiledCondition eligibility;
  private final CompiledBenefit benefit;
  private final VectorCondition batch;
  private final AmountRange constantWhenUnknown;
  private final AmountRange constantWhenEligible;

  CompiledProgram(
      ProgramRules rules,
      CompiledCondition eligibility,
      CompiledBenefit benefit,
      VectorCondition batch) {
    this.rules = rules;
    this.eligibility = eligibility;
    this.benefit = benefit;
    this.batch = batch;
    this.constantWhenUnknown =
        benefit instanceof CompiledBenefit.Constant constant
            ? AmountRange.upTo(constant.amount().max())
            : null;
    this.constantWhenEligible =
        benefit instanceof CompiledBenefit.Constant constant ? constant.amount() : null;
  }

  public ProgramRules rules() {
    return rules;
  }

  /** The eligibility as a Truth code (0, 1, 2): the batch path, no allocation. */
  public int eligibilityCode(EncodedFacts facts) {
    return eligibility.test(facts);
  }

  /**
   * The batch path: the eligibility of every enterprise of a block, as Truth codes into {@code out}
   * (at least {@code block.size()} long). One workspace per thread.
   */
  public void eligibilityCodes(FactColumns block, byte[] out, Workspace workspace) {
    batch.eval(block, out, workspace, 0);
  }

  /**
   * The batch path's estimates for a block whose eligibility codes are known: a fixed amount is
   * three shared constants, so only fact-dependent benefits do work per enterprise.
   */
  public void estimates(FactColumns block, byte[] codes, AmountRange[] out) {
    for (int i = 0, n = block.size(); i < n; i++) {
      out[i] =
          switch (codes[i]) {
            case Truth.FALSE_CODE -> AmountRange.ZERO;
            case Truth.TRUE_CODE ->
                constantWhenEligible != null ? constantWhenEligible : benefit.amount(block.row(i));
            default -> estimate(Truth.UNKNOWN_CODE, block.row(i));
          };
    }
  }

  public Truth eligibility(EncodedFacts facts) {
    return Truth.ofCode(eligibility.test(facts));
  }

  /**
   * The estimated amount: the benefit when eligible, nothing when not, and from zero up to the
   * benefit when eligibility itself is unknown.
   */
  public AmountRange estimate(EncodedFacts facts) {
    return estimate(eligibilityCode(facts), facts);
  }

  /** The estimate for an eligibility already computed, so a batch does not test twice. */
  public AmountRange estimate(int eligibilityCode, EncodedFacts facts) {
    return switch (eligibilityCode) {
      case Truth.FALSE_CODE -> AmountRange.ZERO;
      case Truth.TRUE_CODE -> benefit.amount(facts);
      default ->
          constantWhenUnknown != null
              ? constantWhenUnknown
              : AmountRange.upTo(benefit.amount(facts).max());
    };
  }
}
