package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.facts.FactColumns;
import java.util.Arrays;

/**
 * Scratch space of {@link ProgramCircuits} for one thread: the atoms' bit sets of the current block
 * (computed on first use, then shared by every program), the unknown masks, the stack, and the
 * buffers of scores and estimates. Reused for every block, so evaluation allocates nothing. Get one
 * per thread from {@link ProgramCircuits#workspace()}.
 */
public final class CircuitWorkspace {
  final ProgramCircuits owner;
  private final Atoms.Evaluator atoms;
  int capacity;
  private int stride;
  int words;
  int size;
  private int serial;
  private FactColumns block;

  private long[] atomBits;
  private final int[] atomStamp;
  private long[] unknownBits;
  private final int[] unknownStamp;
  // [0]: whole years, [1]: calendar years; per slot, recomputed once per block.
  private final double[][][] years = new double[2][][];
  private final int[][] yearsStamp = new int[2][];

  long[][] stack;
  long[] valid;
  long[] counts;
  long[] matched;
  long[] seen;
  double[] low;
  double[] high;
  double[] totalLow;
  double[] totalHigh;
  long[] scoreMatched;
  long[] lowPlanes;
  long[] highPlanes;
  long[] candidates;
  private long[] gathered;
  final BlockOutcome outcome = new BlockOutcome();

  CircuitWorkspace(ProgramCircuits owner, Atoms.Evaluator atoms, int capacity) {
    this.owner = owner;
    this.atoms = atoms;
    this.atomStamp = new int[atoms.count()];
    this.unknownStamp = new int[atoms.slots()];
    for (int c = 0; c < 2; c++) {
      this.years[c] = new double[atoms.slots()][];
      this.yearsStamp[c] = new int[atoms.slots()];
    }
    allocate(Math.max(64, capacity));
  }

  private void allocate(int capacity) {
    this.capacity = capacity;
    int w = (capacity + 63) >>> 6;
    this.stride = w;
    atomBits = new long[atomStamp.length * w];
    unknownBits = new long[unknownStamp.length * w];
    for (int c = 0; c < 2; c++) {
      Arrays.fill(years[c], null);
      Arrays.fill(yearsStamp[c], 0);
    }
    Arrays.fill(atomStamp, 0);
    Arrays.fill(unknownStamp, 0);
    stack = new long[owner.maxStack()][2 * w];
    valid = new long[w];
    counts = new long[(owner.maxK() + 1) * w];
    matched = new long[w];
    seen = new long[w];
    low = new double[capacity];
    high = new double[capacity];
    totalLow = new double[capacity];
    totalHigh = new double[capacity];
    scoreMatched = new long[w];
    lowPlanes = new long[owner.maxPlanes() * w];
    highPlanes = new long[owner.maxPlanes() * w];
    candidates = new long[owner.maxCandidates() * w];
    gathered = new long[capacity];
    outcome.allocate(w, capacity);
  }

  /** Starts a block: forgets the previous block's atoms. */
  void begin(FactColumns block) {
    if (block.size() > capacity) {
      allocate(block.size());
    }
    this.block = block;
    this.size = block.size();
    this.words = (size + 63) >>> 6;
    this.serial++;
    for (int w = 0; w < words; w++) {
      int rest = size - (w << 6);
      valid[w] = rest >= 64 ? -1L : (1L << rest) - 1;
    }
  }

  /** The offset of the atom's bits in {@link #atomBits()}, computing them on first use. */
  int atom(int atom) {
    int offset = atom * stride;
    if (atomStamp[atom] != serial) {
      AtomGroup group = atoms.groupOf(atom);
      if (group == null) {
        atoms.truths(atom, block, atomBits, offset, this);
        atomStamp[atom] = serial;
      } else {
        group.evaluate(block, atomBits, stride, this);
        for (int member : group.members()) {
          atomStamp[member] = serial;
        }
      }
    }
    return offset;
  }

  /** The offset of the slot's unknown mask in {@link #unknownBits()}. */
  int unknown(int slot) {
    int offset = slot * stride;
    if (unknownStamp[slot] != serial) {
      atoms.unknown(slot, block, unknownBits, offset);
      unknownStamp[slot] = serial;
    }
    return offset;
  }

  /** One word per enterprise of the block, for {@link AtomGroup.SetMembers}. */
  long[] gathered() {
    return gathered;
  }

  long[] atomBits() {
    return atomBits;
  }

  long[] unknownBits() {
    return unknownBits;
  }

  double[] yearsColumn(int slot, FactColumns block, boolean calendar) {
    int c = calendar ? 1 : 0;
    if (years[c][slot] == null) {
      years[c][slot] = new double[capacity];
    }
    if (yearsStamp[c][slot] != serial) {
      Atoms.Evaluator.years(block.scalars(slot), block.asOf(), size, calendar, years[c][slot]);
      yearsStamp[c][slot] = serial;
    }
    return years[c][slot];
  }
}
