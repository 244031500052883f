package cn.gov.huaian.zjtx.policy.rules.facts;

/**
 * A block of enterprises stored column by column: the input of the batch path of the compiled
 * engine. A re-match walks one program over a whole block at a time, so each test is a tight loop
 * over one {@code double[]} that stays in cache, instead of one closure call per pair.
 */
public final class FactColumns {
  private final EncodedFacts[] rows;
  private final int size;
  private final double[][] scalars;
  private final long[][][] sets;
  private final int[] asOf;

  private FactColumns(EncodedFacts[] rows, double[][] scalars, long[][][] sets, int[] asOf) {
    this.rows = rows;
    this.size = rows.length;
    this.scalars = scalars;
    this.sets = sets;
    this.asOf = asOf;
  }

  /** Transposes encoded enterprises {@code from..to} into one block. */
  public static FactColumns of(EncodedFacts[] firms, int from, int to, int slots) {
    int size = to - from;
    EncodedFacts[] rows = new EncodedFacts[size];
    double[][] scalars = new double[slots][size];
    long[][][] sets = new long[slots][size][];
    int[] asOf = new int[size];
    for (int i = 0; i < size; i++) {
      EncodedFacts firm = firms[from + i];
      rows[i] = firm;
      asOf[i] = firm.asOf();
      for (int slot = 0; slot < slots; slot++) {
        scalars[slot][i] = firm.scalar(slot);
        sets[slot][i] = firm.set(slot);
      }
    }
    return new FactColumns(rows, scalars, sets, asOf);
  }

  public int size() {
    return size;
  }

  /** The values of one scalar slot for every enterprise of the block; NaN when unknown. */
  public double[] scalars(int slot) {
    return scalars[slot];
  }

  /** The bit sets of one set slot; an entry is null when unknown. */
  public long[][] sets(int slot) {
    return sets[slot];
  }

  public int[] asOf() {
    return asOf;
  }

  /** One enterprise of the block as a row, for the per-pair path (estimates, traces). */
  public EncodedFacts row(int index) {
    return rows[index];
  }
}
