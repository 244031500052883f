package cn.gov.huaian.zjtx.policy.rules.engine;

import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.AND;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.AND_LEAF;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.AT_LEAST;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.LEAF;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.NOT;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.OR;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.OR_LEAF;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.SCORE;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.SKIP_IF_ALL;
import static cn.gov.huaian.zjtx.policy.rules.engine.Circuit.SKIP_IF_NONE;

import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.BenefitBand;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactColumns;
import cn.gov.huaian.zjtx.policy.rules.facts.Symbols;
import java.util.List;

/**
 * 项目电路：a whole catalogue of programs compiled together for re-matching blocks of enterprises (the
 * fastest batch path). Each distinct leaf test ("rd_ratio ≥ 3") is evaluated once per block into a
 * bit set shared by every program that uses it, and each program is a {@link Circuit} of bitwise
 * Kleene logic over those sets, 64 enterprises per instruction.
 *
 * <p>Build it with {@link RuleCompiler#circuits} from programs of the same compiler; it is
 * immutable and shared by threads, each with its own {@link #workspace()}.
 */
public final class ProgramCircuits {
  /** Receives each program's outcome over the block, in program order. */
  @FunctionalInterface
  public interface BlockSink {
    void accept(int program, BlockOutcome outcome);
  }

  private final CompiledProgram[] programs;
  private final Circuit[] eligibility;
  private final MoneyPlan[] money;
  private final ScoreTable[] scores;
  // Per score table: its whole-number form, or null (fractional points: Scores per enterprise).
  private final SlicedScore[] slicedScores;
  private final Atoms.Evaluator atoms;
  private final int leafTests;
  private final int maxStack;
  private final int maxK;
  private final int maxPlanes;
  private final int maxCandidates;

  private ProgramCircuits(
      CompiledProgram[] programs,
      Circuit[] eligibility,
      MoneyPlan[] money,
      CircuitCompiler compiler) {
    this.programs = programs;
    this.eligibility = eligibility;
    this.money = money;
    this.scores = compiler.scores().toArray(ScoreTable[]::new);
    this.slicedScores =
        java.util.Arrays.stream(scores).map(SlicedScore::of).toArray(SlicedScore[]::new);
    this.atoms = compiler.atoms().evaluator();
    this.leafTests = compiler.atoms().uses();
    int stack = 1;
    int k = 1;
    for (Circuit circuit : allCircuits()) {
      stack = Math.max(stack, circuit.maxStack());
      k = Math.max(k, largestK(circuit));
    }
    this.maxStack = stack;
    this.maxK = k;
    int planes = 1;
    int candidates = 1;
    for (SlicedScore sliced : slicedScores) {
      if (sliced != null) {
        planes = Math.max(planes, sliced.planes());
        candidates = Math.max(candidates, sliced.mostCandidates());
      }
    }
    this.maxPlanes = planes;
    this.maxCandidates = candidates;
  }

  static ProgramCircuits compile(
      FactCatalogue catalogue, Symbols symbols, List<CompiledProgram> programs) {
    CircuitCompiler compiler = new CircuitCompiler(catalogue, symbols);
    Circuit[] eligibility = new Circuit[programs.size()];
    MoneyPlan[] money = new MoneyPlan[programs.size()];
    for (int p = 0; p < eligibility.length; p++) {
      CompiledProgram program = programs.get(p);
      eligibility[p] = compiler.compile(program.rules().eligibility());
      money[p] = moneyPlan(program, catalogue, compiler);
    }
    return new ProgramCircuits(
        programs.toArray(CompiledProgram[]::new), eligibility, money, compiler);
  }

  private static MoneyPlan moneyPlan(
      CompiledProgram program, FactCatalogue catalogue, CircuitCompiler compiler) {
    Benefit benefit = program.rules().benefit();
    return switch (benefit) {
      case Benefit.NoBenefit none -> constant(AmountRange.ZERO);
      case Benefit.Fixed fixed -> constant(AmountRange.exactly(fixed.amount()));
      case Benefit.PercentOfFact percent -> {
        PercentFen arithmetic = new PercentFen(percent);
        yield arithmetic.fitsInFen()
            ? new MoneyPlan.Percent(catalogue.slotOf(percent.fact()), arithmetic)
            : new MoneyPlan.Objects(program);
      }
      case Benefit.ByTier byTier ->
          bands(BenefitCompiler.asBands(byTier), byTier.otherwise(), program, compiler);
      case Benefit.Banded banded -> bands(banded.bands(), banded.otherwise(), program, compiler);
    };
  }

  private static MoneyPlan constant(AmountRange amount) {
    return new MoneyPlan.Constant(amount, AmountRange.upTo(amount.max()));
  }

  private static MoneyPlan bands(
      List<BenefitBand> bands,
      java.math.BigDecimal otherwise,
      CompiledProgram program,
      CircuitCompiler compiler) {
    long[] amounts =
        bands.stream().mapToLong(b -> Fen.of(AmountRange.exactly(b.amount()).max())).toArray();
    long otherwiseFen = Fen.of(AmountRange.exactly(otherwise).max());
    boolean fits =
        otherwiseFen != Fen.TOO_LARGE
            && java.util.Arrays.stream(amounts).noneMatch(a -> a == Fen.TOO_LARGE);
    if (!fits) {
      return new MoneyPlan.Objects(program);
    }
    Circuit[] when = bands.stream().map(b -> compiler.compile(b.when())).toArray(Circuit[]::new);
    return new MoneyPlan.Bands(when, amounts, otherwiseFen);
  }

  /** Thread-confined scratch space for blocks of up to {@code capacity} enterprises (it grows). */
  public CircuitWorkspace workspace(int capacity) {
    return new CircuitWorkspace(this, atoms, capacity);
  }

  public CircuitWorkspace workspace() {
    return workspace(1024);
  }

  public int size() {
    return programs.length;
  }

  public CompiledProgram program(int index) {
    return programs[index];
  }

  /** Distinct leaf tests, each evaluated at most once per block. */
  public int atomCount() {
    return atoms.count();
  }

  /** Leaf tests in all programs, counting repeats: what evaluation without sharing would do. */
  public int leafTestCount() {
    return leafTests;
  }

  /**
   * Every program over one block: eligibility and estimates, handed to {@code sink} program by
   * program. The outcome is only valid during the call.
   */
  public void evaluate(FactColumns block, CircuitWorkspace workspace, BlockSink sink) {
    if (workspace.owner != this) {
      throw new IllegalArgumentException("workspace of other circuits");
    }
    workspace.begin(block);
    BlockOutcome outcome = workspace.outcome;
    for (int p = 0; p < programs.length; p++) {
      long[] value = run(eligibility[p], block, workspace);
      int words = workspace.words;
      outcome.size = workspace.size;
      outcome.words = words;
      System.arraycopy(value, 0, outcome.holds, 0, words);
      System.arraycopy(value, words, outcome.mayHold, 0, words);
      money[p].estimate(outcome, block, this, workspace);
      sink.accept(p, outcome);
    }
  }

  /** Runs a circuit over the workspace's block; the result is T then P, {@code words} each. */
  long[] run(Circuit circuit, FactColumns block, CircuitWorkspace ws) {
    int[] code = circuit.code();
    long[][] stack = ws.stack;
    long[] valid = ws.valid;
    int words = ws.words;
    int sp = -1;
    int pc = 0;
    while (pc < code.length) {
      switch (code[pc]) {
        case LEAF -> {
          load(code[pc + 1], stack[++sp], ws, words);
          pc += 2;
        }
        case AND_LEAF -> {
          andLeaf(code[pc + 1], stack[sp], ws, words);
          pc += 2;
        }
        case OR_LEAF -> {
          orLeaf(code[pc + 1], stack[sp], ws, words);
          pc += 2;
        }
        case NOT -> {
          not(stack[sp], valid, words);
          pc += 1;
        }
        case AND -> {
          and(stack[sp - 1], stack[sp], words);
          sp--;
          pc += 1;
        }
        case OR -> {
          or(stack[sp - 1], stack[sp], words);
          sp--;
          pc += 1;
        }
        case SKIP_IF_NONE -> pc = noneMayHold(stack[sp], words) ? code[pc + 1] : pc + 2;
        case SKIP_IF_ALL -> pc = allHold(stack[sp], valid, words) ? code[pc + 1] : pc + 2;
        case AT_LEAST -> {
          int k = code[pc + 1];
          int n = code[pc + 2];
          sp -= n - 1;
          atLeast(stack, sp, n, k, ws, words);
          pc += 3;
        }
        case SCORE -> {
          int t = code[pc + 1];
          sp -= scores[t].bandCount() - 1;
          if (slicedScores[t] != null) {
            slicedScores[t].evaluate(stack, sp, ws);
          } else {
            Scores.evaluate(scores[t], stack, sp, ws);
          }
          pc += 2;
        }
        default -> throw new IllegalStateException("bad op " + code[pc]);
      }
    }
    return stack[0];
  }

  private void load(int atom, long[] reg, CircuitWorkspace ws, int words) {
    int a = ws.atom(atom);
    int u = ws.unknown(atoms.slotOf(atom));
    long[] bits = ws.atomBits();
    long[] unknown = ws.unknownBits();
    for (int w = 0; w < words; w++) {
      reg[w] = bits[a + w];
      reg[words + w] = bits[a + w] | unknown[u + w];
    }
  }

  private void andLeaf(int atom, long[] reg, CircuitWorkspace ws, int words) {
    int a = ws.atom(atom);
    int u = ws.unknown(atoms.slotOf(atom));
    long[] bits = ws.atomBits();
    long[] unknown = ws.unknownBits();
    for (int w = 0; w < words; w++) {
      reg[w] &= bits[a + w];
      reg[words + w] &= bits[a + w] | unknown[u + w];
    }
  }

  private void orLeaf(int atom, long[] reg, CircuitWorkspace ws, int words) {
    int a = ws.atom(atom);
    int u = ws.unknown(atoms.slotOf(atom));
    long[] bits = ws.atomBits();
    long[] unknown = ws.unknownBits();
    for (int w = 0; w < words; w++) {
      reg[w] |= bits[a + w];
      reg[words + w] |= bits[a + w] | unknown[u + w];
    }
  }

  private static void not(long[] reg, long[] valid, int words) {
    for (int w = 0; w < words; w++) {
      long t = reg[w];
      reg[w] = ~reg[words + w] & valid[w];
      reg[words + w] = ~t & valid[w];
    }
  }

  private static void and(long[] into, long[] other, int words) {
    for (int w = 0; w < 2 * words; w++) {
      into[w] &= other[w];
    }
  }

  private static void or(long[] into, long[] other, int words) {
    for (int w = 0; w < 2 * words; w++) {
      into[w] |= other[w];
    }
  }

  private static boolean noneMayHold(long[] reg, int words) {
    long any = 0;
    for (int w = 0; w < words; w++) {
      any |= reg[words + w];
    }
    return any == 0;
  }

  private static boolean allHold(long[] reg, long[] valid, int words) {
    for (int w = 0; w < words; w++) {
      if (reg[w] != valid[w]) {
        return false;
      }
    }
    return true;
  }

  /**
   * At least k of the n values from {@code stack[base]} on, T and P alike: counts[j] is "at least j
   * so far", updated per value from j = k down (a sorting network in bit sets).
   */
  private static void atLeast(
      long[][] stack, int base, int n, int k, CircuitWorkspace ws, int words) {
    long[] counts = ws.counts;
    for (int half = 0; half < 2 * words; half += words) {
      java.util.Arrays.fill(counts, 0, (k + 1) * words, 0L);
      for (int v = 0; v < n; v++) {
        long[] value = stack[base + v];
        for (int j = Math.min(k, v + 1); j >= 1; j--) {
          for (int w = 0; w < words; w++) {
            long previous = j == 1 ? -1L : counts[(j - 1) * words + w];
            counts[j * words + w] |= previous & value[half + w];
          }
        }
      }
      System.arraycopy(counts, k * words, stack[base], half, words);
    }
  }

  int maxStack() {
    return maxStack;
  }

  int maxK() {
    return maxK;
  }

  int maxPlanes() {
    return maxPlanes;
  }

  int maxCandidates() {
    return maxCandidates;
  }

  private List<Circuit> allCircuits() {
    List<Circuit> all = new java.util.ArrayList<>(List.of(eligibility));
    for (MoneyPlan plan : money) {
      if (plan instanceof MoneyPlan.Bands bands) {
        all.addAll(List.of(bands.when()));
      }
    }
    return all;
  }

  private static int largestK(Circuit circuit) {
    int[] code = circuit.code();
    int k = 1;
    for (int pc = 0; pc < code.length; ) {
      int op = code[pc];
      if (op == AT_LEAST) {
        k = Math.max(k, code[pc + 1]);
      }
      pc +=
          switch (op) {
            case NOT, AND, OR -> 1;
            case AT_LEAST -> 3;
            default -> 2;
          };
    }
    return k;
  }
}
