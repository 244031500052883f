package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import java.math.BigDecimal;

/** Amounts of 元 already rounded to the 分, as longs of 分: what the circuits compute with. */
final class Fen {
  /** Marks an amount that does not fit; a program with one keeps its estimates as objects. */
  static final long TOO_LARGE = Long.MIN_VALUE;

  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private Fen() {}

  /** An amount of scale 2 (as every {@link AmountRange} end is) in 分, or {@link #TOO_LARGE}. */
  static long of(BigDecimal yuanAtScale2) {
    BigDecimal fen = yuanAtScale2.movePointRight(2);
    return fen.abs().compareTo(MAX) < 0 ? fen.longValueExact() : TOO_LARGE;
  }

  static AmountRange range(long minFen, long maxFen) {
    return new AmountRange(BigDecimal.valueOf(minFen, 2), BigDecimal.valueOf(maxFen, 2));
  }
}
