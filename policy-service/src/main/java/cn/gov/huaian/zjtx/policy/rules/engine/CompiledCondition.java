package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.facts.EncodedFacts;

/**
 * A condition compiled to a closure over fact slots. Returns a {@link
 * cn.gov.huaian.zjtx.policy.rules.Truth} code (0 FALSE, 1 UNKNOWN, 2 TRUE) rather than the enum, so
 * "all" and "any" are integer min and max in the hot loop.
 */
@FunctionalInterface
public interface CompiledCondition {
  int test(EncodedFacts facts);
}
