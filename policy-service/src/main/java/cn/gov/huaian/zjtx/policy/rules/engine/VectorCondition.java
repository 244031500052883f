package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.facts.FactColumns;

/**
 * A condition compiled for a block of enterprises: writes one Truth code per enterprise into {@code
 * out}. Composites take their children's buffers from the workspace at {@code depth + 1}.
 */
@FunctionalInterface
interface VectorCondition {
  void eval(FactColumns block, byte[] out, Workspace workspace, int depth);
}
