package cn.gov.huaian.zjtx.policy.rules.engine;

import java.util.Arrays;

/**
 * A banded score on the circuits: the same first-match, range-when-unknown rule as per pair, with
 * the bands' conditions already evaluated into bit sets. Points are added per enterprise, but only
 * where a band may apply, found by walking set bits. Serves the tables with fractional points;
 * those with whole points (every table of the catalogue) are added 64 enterprises at a time by
 * {@link SlicedScore}.
 */
final class Scores {
  private Scores() {}

  /**
   * Reads the band values from {@code stack[base]} on and writes the result to {@code stack[base]}.
   */
  static void evaluate(ScoreTable table, long[][] stack, int base, CircuitWorkspace ws) {
    int n = ws.size;
    int words = ws.words;
    double[] totalLow = ws.totalLow;
    double[] totalHigh = ws.totalHigh;
    Arrays.fill(totalLow, 0, n, 0);
    Arrays.fill(totalHigh, 0, n, 0);
    int band = 0;
    for (int item = 0; item < table.bandsPerItem().length; item++) {
      int bands = table.bandsPerItem()[item];
      item(table, stack, base + band, band, bands, table.otherwise()[item], ws);
      band += bands;
      for (int i = 0; i < n; i++) {
        totalLow[i] += ws.low[i];
        totalHigh[i] += ws.high[i];
      }
    }
    long[] result = stack[base];
    double minimum = table.minimum();
    for (int w = 0; w < words; w++) {
      long sure = 0;
      long possible = 0;
      for (int j = 0, end = Math.min(64, n - (w << 6)); j < end; j++) {
        int i = (w << 6) + j;
        sure |= (totalLow[i] >= minimum ? 1L : 0L) << j;
        possible |= (totalHigh[i] < minimum ? 0L : 1L) << j;
      }
      result[w] = sure;
      result[words + w] = possible | sure;
    }
  }

  private static void item(
      ScoreTable table,
      long[][] stack,
      int first,
      int firstPoints,
      int bands,
      double otherwise,
      CircuitWorkspace ws) {
    int n = ws.size;
    int words = ws.words;
    double[] low = ws.low;
    double[] high = ws.high;
    long[] matched = ws.scoreMatched;
    Arrays.fill(low, 0, n, Double.POSITIVE_INFINITY);
    Arrays.fill(high, 0, n, Double.NEGATIVE_INFINITY);
    Arrays.fill(matched, 0, words, 0L);
    for (int b = 0; b < bands; b++) {
      long[] value = stack[first + b];
      double points = table.points()[firstPoints + b];
      for (int w = 0; w < words; w++) {
        for (long bits = value[words + w] & ~matched[w]; bits != 0; bits &= bits - 1) {
          int i = (w << 6) + Long.numberOfTrailingZeros(bits);
          low[i] = Math.min(low[i], points);
          high[i] = Math.max(high[i], points);
        }
        matched[w] |= value[w];
      }
    }
    for (int w = 0; w < words; w++) {
      for (long bits = ~matched[w] & ws.valid[w]; bits != 0; bits &= bits - 1) {
        int i = (w << 6) + Long.numberOfTrailingZeros(bits);
        low[i] = Math.min(low[i], otherwise);
        high[i] = Math.max(high[i], otherwise);
      }
    }
  }
}
