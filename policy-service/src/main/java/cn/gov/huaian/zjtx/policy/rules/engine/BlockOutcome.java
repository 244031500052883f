package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;

/**
 * 一个项目在一个企业块上的结果：the eligibility of every enterprise of the block for one program, as two bit sets
 * (holds, may hold), and its estimates: two shared constants when the benefit does not depend on
 * the facts, otherwise a range in 分 per enterprise that is not refused.
 *
 * <p>A view into a {@link CircuitWorkspace}: valid only inside the {@link
 * ProgramCircuits.BlockSink#accept} call that received it; copy what must outlive it.
 */
public final class BlockOutcome {
  enum Money {
    CONSTANT,
    FEN,
    OBJECTS
  }

  int size;
  int words;
  long[] holds;
  long[] mayHold;
  Money money;
  AmountRange whenEligible;
  AmountRange whenUnknown;
  long[] minFen;
  long[] maxFen;
  AmountRange[] objects;

  void allocate(int words, int capacity) {
    holds = new long[words];
    mayHold = new long[words];
    minFen = new long[capacity];
    maxFen = new long[capacity];
    objects = new AmountRange[capacity];
  }

  public int size() {
    return size;
  }

  /** The eligibility of enterprise {@code i} of the block as a Truth code (0, 1, 2). */
  public int code(int i) {
    long bit = 1L << i;
    int w = i >>> 6;
    return (holds[w] & bit) != 0
        ? Truth.TRUE_CODE
        : (mayHold[w] & bit) != 0 ? Truth.UNKNOWN_CODE : Truth.FALSE_CODE;
  }

  /** The estimate for enterprise {@code i}, as {@link CompiledProgram#estimate} gives it. */
  public AmountRange estimate(int i) {
    int code = code(i);
    if (code == Truth.FALSE_CODE) {
      return AmountRange.ZERO;
    }
    return switch (money) {
      case CONSTANT -> code == Truth.TRUE_CODE ? whenEligible : whenUnknown;
      case FEN -> Fen.range(minFen[i], maxFen[i]);
      case OBJECTS -> objects[i];
    };
  }

  /** Whether no enterprise of the block is eligible or possibly eligible. */
  public boolean noneMayHold() {
    for (int w = 0; w < words; w++) {
      if (mayHold[w] != 0) {
        return false;
      }
    }
    return true;
  }

  public int eligibleCount() {
    return count(holds, null);
  }

  public int unknownCount() {
    return count(mayHold, holds);
  }

  public int refusedCount() {
    return size - count(mayHold, null);
  }

  /** How many enterprises of the block have a non-zero estimate. */
  public int withMoneyCount() {
    return switch (money) {
      case CONSTANT ->
          (whenEligible.isZero() ? 0 : eligibleCount())
              + (whenUnknown.isZero() ? 0 : unknownCount());
      case FEN -> countPositive();
      case OBJECTS -> countNonZeroObjects();
    };
  }

  private int count(long[] bits, long[] except) {
    int total = 0;
    for (int w = 0; w < words; w++) {
      total += Long.bitCount(except == null ? bits[w] : bits[w] & ~except[w]);
    }
    return total;
  }

  private int countPositive() {
    int total = 0;
    for (int w = 0; w < words; w++) {
      for (long bits = mayHold[w]; bits != 0; bits &= bits - 1) {
        total += maxFen[(w << 6) + Long.numberOfTrailingZeros(bits)] > 0 ? 1 : 0;
      }
    }
    return total;
  }

  private int countNonZeroObjects() {
    int total = 0;
    for (int w = 0; w < words; w++) {
      for (long bits = mayHold[w]; bits != 0; bits &= bits - 1) {
        total += objects[(w << 6) + Long.numberOfTrailingZeros(bits)].isZero() ? 0 : 1;
      }
    }
    return total;
  }
}
