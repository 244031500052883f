package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactColumns;
import cn.gov.huaian.zjtx.policy.rules.facts.FactType;
import cn.gov.huaian.zjtx.policy.rules.facts.PackedDates;
import cn.gov.huaian.zjtx.policy.rules.facts.Symbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 共享原子测试：the distinct leaf tests of a whole set of programs. "rd_ratio ≥ 3" written in forty
 * policies is one atom, evaluated once per block of enterprises into a bit set (bit i: the test
 * holds for enterprise i) that all forty read.
 *
 * <p>An atom only says where its test holds. Where it is unknown is a property of the fact, not of
 * the test (NaN, or a null set), so it is one mask per slot and block, shared by every atom on that
 * slot. Every comparison but "≠" is an inclusive interval, as on the byte path; "≠" is compiled as
 * the negation of "=", and "in"/"containsAny"/"containsAll" as or/and of single atoms, which Kleene
 * logic allows because all of them share one unknown mask.
 */
final class Atoms {
  enum Kind {
    /** lo ≤ value ≤ hi on a scalar slot (numbers, flags, text ids, packed dates). */
    SCALAR,
    /** lo ≤ whole years from a date slot to the as-of date ≤ hi. */
    YEARS,
    /** lo ≤ calendar years from a date slot's year to the as-of date's year ≤ hi. */
    CALENDAR_YEARS,
    /** A set slot holds the symbol. */
    SET_HAS
  }

  record Atom(Kind kind, int slot, double lo, double hi, int symbol) {}

  private final FactCatalogue catalogue;
  private final Map<Atom, Integer> index = new HashMap<>();
  private final List<Atom> atoms = new ArrayList<>();
  private int uses;

  Atoms(FactCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  int scalar(int slot, double lo, double hi) {
    return intern(new Atom(Kind.SCALAR, slot, zeroed(lo), zeroed(hi), -1));
  }

  int years(int slot, double lo, double hi, boolean calendar) {
    Kind kind = calendar ? Kind.CALENDAR_YEARS : Kind.YEARS;
    return intern(new Atom(kind, slot, zeroed(lo), zeroed(hi), -1));
  }

  // -0.0 and 0.0 are the same bound for ≤ and ≥; one of them keeps equal atoms findable by value.
  private static double zeroed(double bound) {
    return bound + 0.0;
  }

  int setHas(int slot, int symbol) {
    return intern(new Atom(Kind.SET_HAS, slot, 0, 0, symbol));
  }

  private int intern(Atom atom) {
    uses++;
    return index.computeIfAbsent(
        atom,
        a -> {
          atoms.add(a);
          return atoms.size() - 1;
        });
  }

  int size() {
    return atoms.size();
  }

  /** How many leaf tests the programs contain, counting repeats. */
  int uses() {
    return uses;
  }

  int slotOf(int atom) {
    return atoms.get(atom).slot();
  }

  Evaluator evaluator() {
    return new Evaluator(atoms.toArray(Atom[]::new), slotKinds());
  }

  private boolean[] slotKinds() {
    boolean[] isSet = new boolean[catalogue.size()];
    for (int slot = 0; slot < isSet.length; slot++) {
      isSet[slot] = catalogue.definitions().get(slot).type() == FactType.TEXT_SET;
    }
    return isSet;
  }

  /**
   * Immutable, shared by threads; the bits live in each thread's {@link CircuitWorkspace}.
   *
   * <p>Atoms that share a slot form an {@link AtomGroup}, evaluated in one pass over the column:
   * many "=" atoms on one slot (dates, amounts, text ids), and the "holds" atoms of one set slot.
   */
  static final class Evaluator {
    static final int GROUP_FROM = 6;
    // One set test costs a pointer chase per enterprise; two on a slot already share one.
    static final int SET_GROUP_FROM = 2;

    private final Atom[] atoms;
    private final int[] slots;
    private final boolean[] isSetSlot;
    private final int[] groupOf;
    private final AtomGroup[] groups;

    Evaluator(Atom[] atoms, boolean[] isSetSlot) {
      this.atoms = atoms;
      this.isSetSlot = isSetSlot;
      this.slots = new int[atoms.length];
      for (int a = 0; a < atoms.length; a++) {
        slots[a] = atoms[a].slot();
      }
      this.groups = groups(atoms).toArray(AtomGroup[]::new);
      this.groupOf = new int[atoms.length];
      Arrays.fill(groupOf, -1);
      for (int g = 0; g < groups.length; g++) {
        for (int a : groups[g].members()) {
          groupOf[a] = g;
        }
      }
    }

    private static List<AtomGroup> groups(Atom[] atoms) {
      Map<List<Object>, List<Integer>> bySlot = new LinkedHashMap<>();
      for (int a = 0; a < atoms.length; a++) {
        Atom atom = atoms[a];
        if (atom.kind() == Kind.SET_HAS || atom.lo() == atom.hi()) {
          bySlot.computeIfAbsent(List.of(atom.kind(), atom.slot()), k -> new ArrayList<>()).add(a);
        }
      }
      List<AtomGroup> groups = new ArrayList<>();
      for (List<Integer> members : bySlot.values()) {
        Atom first = atoms[members.get(0)];
        boolean set = first.kind() == Kind.SET_HAS;
        if (members.size() < (set ? SET_GROUP_FROM : GROUP_FROM)) {
          continue;
        }
        int[] sorted =
            members.stream()
                .sorted(Comparator.comparingDouble(a -> set ? atoms[a].symbol() : atoms[a].lo()))
                .mapToInt(Integer::intValue)
                .toArray();
        groups.add(
            set
                ? AtomGroup.SetMembers.of(
                    first.slot(),
                    sorted,
                    Arrays.stream(sorted).map(a -> atoms[a].symbol()).toArray())
                : new AtomGroup.Equalities(
                    first.kind(),
                    first.slot(),
                    sorted,
                    Arrays.stream(sorted).mapToDouble(a -> atoms[a].lo()).toArray()));
      }
      return groups;
    }

    /** The group that evaluates this atom with others of its slot, or null. */
    AtomGroup groupOf(int atom) {
      int g = groupOf[atom];
      return g < 0 ? null : groups[g];
    }

    int count() {
      return atoms.length;
    }

    int slots() {
      return isSetSlot.length;
    }

    int slotOf(int atom) {
      return slots[atom];
    }

    /** Where the atom holds, into {@code out[offset ..]}, one bit per enterprise. */
    void truths(int atom, FactColumns block, long[] out, int offset, CircuitWorkspace workspace) {
      Atom a = atoms[atom];
      int n = block.size();
      switch (a.kind()) {
        case SCALAR -> interval(block.scalars(a.slot()), n, a.lo(), a.hi(), out, offset);
        case YEARS ->
            interval(workspace.yearsColumn(a.slot(), block, false), n, a.lo(), a.hi(), out, offset);
        case CALENDAR_YEARS ->
            interval(workspace.yearsColumn(a.slot(), block, true), n, a.lo(), a.hi(), out, offset);
        case SET_HAS -> setHas(block.sets(a.slot()), n, a.symbol(), out, offset);
      }
    }

    /** Where the slot's fact is unknown. */
    void unknown(int slot, FactColumns block, long[] out, int offset) {
      int n = block.size();
      if (isSetSlot[slot]) {
        long[][] sets = block.sets(slot);
        for (int base = 0, w = offset; base < n; base += 64, w++) {
          int end = Math.min(64, n - base);
          long bits = 0;
          for (int j = 0; j < end; j++) {
            bits |= (sets[base + j] == null ? 1L : 0L) << j;
          }
          out[w] = bits;
        }
      } else {
        double[] values = block.scalars(slot);
        for (int base = 0, w = offset; base < n; base += 64, w++) {
          int end = Math.min(64, n - base);
          long bits = 0;
          for (int j = 0; j < end; j++) {
            double v = values[base + j];
            bits |= (v != v ? 1L : 0L) << j;
          }
          out[w] = bits;
        }
      }
    }

    /** Years (whole or calendar) from each date to its as-of date; NaN where it is unknown. */
    static void years(double[] dates, int[] asOf, int n, boolean calendar, double[] out) {
      for (int i = 0; i < n; i++) {
        double date = dates[i];
        out[i] = date != date ? Double.NaN : PackedDates.years(calendar, (int) date, asOf[i]);
      }
    }

    // NaN fails both comparisons, so an unknown value is simply "does not hold" here.
    private static void interval(
        double[] values, int n, double lo, double hi, long[] out, int offset) {
      if (hi == Double.POSITIVE_INFINITY) {
        atLeast(values, n, lo, out, offset);
        return;
      }
      if (lo == Double.NEGATIVE_INFINITY) {
        atMost(values, n, hi, out, offset);
        return;
      }
      if (lo == hi) {
        equal(values, n, lo, out, offset);
        return;
      }
      for (int base = 0, w = offset; base < n; base += 64, w++) {
        int end = Math.min(64, n - base);
        long bits = 0;
        for (int j = 0; j < end; j++) {
          double v = values[base + j];
          bits |= (v >= lo & v <= hi ? 1L : 0L) << j;
        }
        out[w] = bits;
      }
    }

    private static void atLeast(double[] values, int n, double lo, long[] out, int offset) {
      for (int base = 0, w = offset; base < n; base += 64, w++) {
        int end = Math.min(64, n - base);
        long bits = 0;
        for (int j = 0; j < end; j++) {
          bits |= (values[base + j] >= lo ? 1L : 0L) << j;
        }
        out[w] = bits;
      }
    }

    private static void atMost(double[] values, int n, double hi, long[] out, int offset) {
      for (int base = 0, w = offset; base < n; base += 64, w++) {
        int end = Math.min(64, n - base);
        long bits = 0;
        for (int j = 0; j < end; j++) {
          bits |= (values[base + j] <= hi ? 1L : 0L) << j;
        }
        out[w] = bits;
      }
    }

    // Flags, text ids and "eq": one comparison instead of two.
    private static void equal(double[] values, int n, double value, long[] out, int offset) {
      for (int base = 0, w = offset; base < n; base += 64, w++) {
        int end = Math.min(64, n - base);
        long bits = 0;
        for (int j = 0; j < end; j++) {
          bits |= (values[base + j] == value ? 1L : 0L) << j;
        }
        out[w] = bits;
      }
    }

    private static void setHas(long[][] sets, int n, int symbol, long[] out, int offset) {
      for (int base = 0, w = offset; base < n; base += 64, w++) {
        int end = Math.min(64, n - base);
        long bits = 0;
        for (int j = 0; j < end; j++) {
          long[] held = sets[base + j];
          bits |= (held != null && Symbols.contains(held, symbol) ? 1L : 0L) << j;
        }
        out[w] = bits;
      }
    }
  }
}
