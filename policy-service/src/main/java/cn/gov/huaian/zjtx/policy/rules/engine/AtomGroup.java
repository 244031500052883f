package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.facts.FactColumns;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Atoms on one slot evaluated together, in one pass over the slot's column: each enterprise's value
 * is read once and sets the bit of every atom it satisfies, instead of every atom reading every
 * enterprise. Pays where a slot carries many atoms (the districts, the qualifications a catalogue
 * names).
 */
sealed interface AtomGroup {
  /** The atoms this pass decides; each one's bits go to {@code out[atom * stride ..]}. */
  int[] members();

  void evaluate(FactColumns block, long[] out, int stride, CircuitWorkspace workspace);

  private static void clear(int[] members, long[] out, int stride, int words) {
    for (int a : members) {
      Arrays.fill(out, a * stride, a * stride + words, 0L);
    }
  }

  /**
   * "=" atoms on one scalar slot (or on the years since a date): the value is looked up among the
   * group's sorted values.
   */
  record Equalities(Atoms.Kind kind, int slot, int[] members, double[] values)
      implements AtomGroup {
    @Override
    public void evaluate(FactColumns block, long[] out, int stride, CircuitWorkspace workspace) {
      double[] column =
          switch (kind) {
            case YEARS -> workspace.yearsColumn(slot, block, false);
            case CALENDAR_YEARS -> workspace.yearsColumn(slot, block, true);
            default -> block.scalars(slot);
          };
      int n = block.size();
      clear(members, out, stride, (n + 63) >>> 6);
      for (int i = 0; i < n; i++) {
        double v = column[i];
        int k = v == v ? Arrays.binarySearch(values, v + 0.0) : -1;
        if (k >= 0) {
          out[members[k] * stride + (i >>> 6)] |= 1L << i;
        }
      }
    }
  }

  /**
   * "holds symbol s" atoms on one set slot: each enterprise's set is visited once, only in the
   * words where some member's symbol lies, and each of its symbols a member tests sets that
   * member's bit. A set is an array per enterprise, so this is one pointer chase per enterprise
   * instead of one per atom.
   *
   * @param atomOfSymbol per symbol id up to the largest member's: the member atom testing it
   * @param wanted the members' symbols as a bit set
   * @param wantedWords the indices of the words of {@code wanted} that are not zero
   */
  record SetMembers(int slot, int[] members, int[] atomOfSymbol, long[] wanted, int[] wantedWords)
      implements AtomGroup {
    static SetMembers of(int slot, int[] members, int[] symbols) {
      int largest = Arrays.stream(symbols).max().orElseThrow();
      int[] atomOfSymbol = new int[largest + 1];
      long[] wanted = new long[(largest >> 6) + 1];
      for (int m = 0; m < members.length; m++) {
        atomOfSymbol[symbols[m]] = members[m];
        wanted[symbols[m] >> 6] |= 1L << symbols[m];
      }
      int[] words = IntStream.range(0, wanted.length).filter(w -> wanted[w] != 0).toArray();
      return new SetMembers(slot, members, atomOfSymbol, wanted, words);
    }

    @Override
    public void evaluate(FactColumns block, long[] out, int stride, CircuitWorkspace workspace) {
      int n = block.size();
      clear(members, out, stride, (n + 63) >>> 6);
      long[][] sets = block.sets(slot);
      long[] gathered = workspace.gathered();
      for (int k : wantedWords) {
        gather(sets, n, k, gathered);
        for (int i = 0; i < n; i++) {
          for (long bits = gathered[i]; bits != 0; bits &= bits - 1) {
            int symbol = (k << 6) + Long.numberOfTrailingZeros(bits);
            out[atomOfSymbol[symbol] * stride + (i >>> 6)] |= 1L << i;
          }
        }
      }
    }

    /**
     * Word k of every enterprise's set, masked to the members' symbols (0 where unknown). Only
     * loads, so the processor overlaps the cache misses of many enterprises' arrays, which sit
     * apart on the heap; testing the bits in the same loop would serialise them behind its
     * branches.
     */
    private void gather(long[][] sets, int n, int k, long[] gathered) {
      long mask = wanted[k];
      for (int i = 0; i < n; i++) {
        long[] held = sets[i];
        gathered[i] = held != null && k < held.length ? held[k] & mask : 0L;
      }
    }
  }
}
