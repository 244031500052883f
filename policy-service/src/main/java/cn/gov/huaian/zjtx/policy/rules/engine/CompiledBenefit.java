package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.facts.EncodedFacts;

/** A benefit compiled over fact slots: the amount (元) an eligible enterprise would receive. */
@FunctionalInterface
public interface CompiledBenefit {
  AmountRange amount(EncodedFacts facts);

  /** A benefit that does not depend on the facts; its estimates are built once, not per pair. */
  record Constant(AmountRange amount) implements CompiledBenefit {
    @Override
    public AmountRange amount(EncodedFacts facts) {
      return amount;
    }
  }
}
