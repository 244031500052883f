package cn.gov.huaian.zjtx.policy.rules.facts;

/**
 * 编码后的企业事实：the compiled engine's input, one array cell per catalogue slot.
 *
 * <p>Numbers are stored as they are, booleans as 0/1, texts as symbol ids and dates as packed
 * yyyymmdd, all in one {@code double[]} with NaN for an unknown fact; sets are bit sets, null when
 * unknown. So a test is an array read and a comparison: no map lookup, no boxing.
 */
public final class EncodedFacts {
  private final double[] scalars;
  private final long[][] sets;
  private final int asOf;

  EncodedFacts(double[] scalars, long[][] sets, int asOf) {
    this.scalars = scalars;
    this.sets = sets;
    this.asOf = asOf;
  }

  /** The value in a scalar slot, NaN when the fact is unknown. */
  public double scalar(int slot) {
    return scalars[slot];
  }

  /** The bit set in a set slot, null when the fact is unknown. */
  public long[] set(int slot) {
    return sets[slot];
  }

  /** The date the facts describe, packed as yyyymmdd. */
  public int asOf() {
    return asOf;
  }
}
