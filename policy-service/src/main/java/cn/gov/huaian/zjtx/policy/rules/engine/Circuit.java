package cn.gov.huaian.zjtx.policy.rules.engine;

/**
 * A condition compiled for {@link ProgramCircuits}: code for a small stack machine whose values are
 * three-valued bit sets over a block of enterprises.
 *
 * <p>A value is two bit sets, T (the condition holds) and P (it may hold: holds or unknown), so
 * FALSE is "not P" and UNKNOWN is "P and not T". In this form Kleene logic is plain bitwise logic,
 * 64 enterprises per instruction: and = (T1&amp;T2, P1&amp;P2), or = (T1|T2, P1|P2), not = (¬P,
 * ¬T).
 *
 * @param code the instructions (see the op codes below)
 * @param maxStack how many values the code needs on the stack at once
 */
record Circuit(int[] code, int maxStack) {
  /** LEAF a: push atom a. */
  static final int LEAF = 0;

  /** NOT: negate the top. */
  static final int NOT = 1;

  /** AND: pop one, and it into the new top. */
  static final int AND = 2;

  /** OR: pop one, or it into the new top. */
  static final int OR = 3;

  /** AND_LEAF a: and atom a into the top (a leaf child without a push). */
  static final int AND_LEAF = 4;

  /** OR_LEAF a: or atom a into the top. */
  static final int OR_LEAF = 5;

  /** SKIP_IF_NONE target: if the top is FALSE for the whole block, jump (the rest of an "all"). */
  static final int SKIP_IF_NONE = 6;

  /** SKIP_IF_ALL target: if the top is TRUE for the whole block, jump (the rest of an "any"). */
  static final int SKIP_IF_ALL = 7;

  /** AT_LEAST k n: pop n values, push "at least k of them". */
  static final int AT_LEAST = 8;

  /** SCORE s: pop the band conditions of score table s, push "the score reaches the minimum". */
  static final int SCORE = 9;
}
