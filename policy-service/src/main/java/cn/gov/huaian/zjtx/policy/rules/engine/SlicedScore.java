package cn.gov.huaian.zjtx.policy.rules.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A banded score whose points are whole numbers, added up 64 enterprises at a time: each
 * enterprise's lowest and highest possible total are kept in bit-sliced binary (plane p holds bit p
 * of 64 totals), so adding an item's points to the enterprises a band applies to is a few word
 * operations, not one addition per enterprise. The same rule as {@link Scores}: per item, the bands
 * that may apply before the first that surely applies, and "otherwise" when none surely applies,
 * are the candidates; the lowest total takes each item's smallest candidate, the highest its
 * largest. Every score table of the catalogue has whole points; a table with fractions is evaluated
 * by {@link Scores}.
 */
final class SlicedScore {
  private final int[] bandsPerItem;
  // Per item, its bands' points then its otherwise, and the candidates in rising points order.
  private final int[][] points;
  private final int[][] rising;
  private final int[][] falling;
  private final int planes;
  private final int maxTotal;
  private final int minimum;

  private SlicedScore(int[] bandsPerItem, int[][] points, int maxTotal, int minimum) {
    this.bandsPerItem = bandsPerItem;
    this.points = points;
    this.maxTotal = maxTotal;
    this.planes = Math.max(1, 32 - Integer.numberOfLeadingZeros(maxTotal));
    this.minimum = minimum;
    this.rising = new int[points.length][];
    this.falling = new int[points.length][];
    for (int item = 0; item < points.length; item++) {
      int[] p = points[item];
      rising[item] =
          IntStream.range(0, p.length)
              .boxed()
              .sorted(Comparator.comparingInt(c -> p[c]))
              .mapToInt(Integer::intValue)
              .toArray();
      int[] up = rising[item];
      falling[item] = IntStream.range(0, up.length).map(i -> up[up.length - 1 - i]).toArray();
    }
  }

  /** The table as whole numbers, or null when a point is a fraction, negative or too large. */
  static SlicedScore of(ScoreTable table) {
    int[] bandsPerItem = table.bandsPerItem();
    int[][] points = new int[bandsPerItem.length][];
    long maxTotal = 0;
    int band = 0;
    for (int item = 0; item < bandsPerItem.length; item++) {
      double[] values = new double[bandsPerItem[item] + 1];
      System.arraycopy(table.points(), band, values, 0, bandsPerItem[item]);
      values[bandsPerItem[item]] = table.otherwise()[item];
      band += bandsPerItem[item];
      if (Arrays.stream(values).anyMatch(v -> v < 0 || v > 1_000_000 || v != Math.rint(v))) {
        return null;
      }
      points[item] = Arrays.stream(values).mapToInt(v -> (int) v).toArray();
      maxTotal += Arrays.stream(points[item]).max().orElseThrow();
    }
    if (maxTotal > 1_000_000) {
      return null;
    }
    // Totals are whole: "total ≥ 59.5" is "total ≥ 60".
    double ceiling = Math.ceil(table.minimum());
    int minimum = ceiling <= 0 ? 0 : (int) Math.min(ceiling, maxTotal + 1L);
    return new SlicedScore(bandsPerItem, points, (int) maxTotal, minimum);
  }

  int planes() {
    return planes;
  }

  int mostCandidates() {
    return Arrays.stream(points).mapToInt(p -> p.length).max().orElse(1);
  }

  /**
   * Reads the band values from {@code stack[base]} on and writes the result to {@code stack[base]}.
   */
  void evaluate(long[][] stack, int base, CircuitWorkspace ws) {
    int words = ws.words;
    long[] low = ws.lowPlanes;
    long[] high = ws.highPlanes;
    long[] candidates = ws.candidates;
    Arrays.fill(low, 0, planes * words, 0L);
    Arrays.fill(high, 0, planes * words, 0L);
    int band = base;
    for (int item = 0; item < bandsPerItem.length; item++) {
      int bands = bandsPerItem[item];
      candidates(stack, band, bands, candidates, ws.valid, words);
      band += bands;
      addFirst(rising[item], points[item], candidates, low, words);
      addFirst(falling[item], points[item], candidates, high, words);
    }
    long[] result = stack[base];
    for (int w = 0; w < words; w++) {
      long sure = atLeast(low, w, words) & ws.valid[w];
      result[w] = sure;
      result[words + w] = (atLeast(high, w, words) & ws.valid[w]) | sure;
    }
  }

  /** Candidate c of the item at {@code candidates[c * words ..]}; the last is "otherwise". */
  private static void candidates(
      long[][] stack, int first, int bands, long[] candidates, long[] valid, int words) {
    for (int w = 0; w < words; w++) {
      long sureBefore = 0;
      for (int b = 0; b < bands; b++) {
        long[] value = stack[first + b];
        candidates[b * words + w] = value[words + w] & ~sureBefore;
        sureBefore |= value[w];
      }
      candidates[bands * words + w] = ~sureBefore & valid[w];
    }
  }

  /** Adds to each enterprise the points of its first candidate in {@code order}. */
  private void addFirst(int[] order, int[] points, long[] candidates, long[] total, int words) {
    for (int w = 0; w < words; w++) {
      long taken = 0;
      for (int c : order) {
        long gets = candidates[c * words + w] & ~taken;
        taken |= gets;
        if (gets != 0 && points[c] != 0) {
          add(total, w, words, points[c], gets);
        }
      }
    }
  }

  /** total += value for the enterprises in {@code where}: a ripple-carry adder, 64 at a time. */
  private void add(long[] total, int w, int words, int value, long where) {
    long carry = 0;
    for (int p = 0; p < planes; p++) {
      int at = p * words + w;
      long bit = (value >>> p & 1) != 0 ? where : 0L;
      long sum = total[at];
      total[at] = sum ^ bit ^ carry;
      carry = (sum & bit) | (carry & (sum ^ bit));
      if (carry == 0 && value >>> (p + 1) == 0) {
        return;
      }
    }
  }

  /** Where the total is at least the minimum, compared from the top bit down. */
  private long atLeast(long[] total, int w, int words) {
    if (minimum == 0) {
      return -1L;
    }
    if (minimum > maxTotal) {
      return 0L;
    }
    long greater = 0;
    long equal = -1L;
    for (int p = planes - 1; p >= 0; p--) {
      long bits = total[p * words + w];
      if ((minimum >>> p & 1) != 0) {
        equal &= bits;
      } else {
        greater |= equal & bits;
        equal &= ~bits;
      }
    }
    return greater | equal;
  }
}
