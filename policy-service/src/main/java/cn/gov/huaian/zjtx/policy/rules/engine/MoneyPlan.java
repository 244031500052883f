package cn.gov.huaian.zjtx.policy.rules.engine;

import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.facts.FactColumns;

/**
 * How {@link ProgramCircuits} estimates one program's benefit over a block, for the enterprises it
 * does not refuse; the same results as {@link CompiledProgram#estimate}, in 分 rather than
 * BigDecimal where the amounts fit.
 */
sealed interface MoneyPlan {
  void estimate(
      BlockOutcome outcome,
      FactColumns block,
      ProgramCircuits circuits,
      CircuitWorkspace workspace);

  /** Fixed or none: two constants for the whole block, nothing per enterprise. */
  record Constant(AmountRange whenEligible, AmountRange whenUnknown) implements MoneyPlan {
    @Override
    public void estimate(
        BlockOutcome outcome,
        FactColumns block,
        ProgramCircuits circuits,
        CircuitWorkspace workspace) {
      outcome.money = BlockOutcome.Money.CONSTANT;
      outcome.whenEligible = whenEligible;
      outcome.whenUnknown = whenUnknown;
    }
  }

  /** A percentage of a fact, capped. */
  record Percent(int slot, PercentFen arithmetic) implements MoneyPlan {
    @Override
    public void estimate(
        BlockOutcome outcome,
        FactColumns block,
        ProgramCircuits circuits,
        CircuitWorkspace workspace) {
      outcome.money = BlockOutcome.Money.FEN;
      double[] base = block.scalars(slot);
      long cap = arithmetic.capFen();
      for (int w = 0; w < outcome.words; w++) {
        long sure = outcome.holds[w];
        for (long bits = outcome.mayHold[w]; bits != 0; bits &= bits - 1) {
          int j = Long.numberOfTrailingZeros(bits);
          int i = (w << 6) + j;
          double value = base[i];
          long amount = value != value ? cap : arithmetic.amountFen(value);
          boolean eligible = (sure >>> j & 1) != 0 && value == value;
          outcome.minFen[i] = eligible ? amount : 0;
          outcome.maxFen[i] = amount;
        }
      }
    }
  }

  /**
   * Banded, or by tier (bands over the tiers held): the first band that holds sets the amount;
   * bands that may hold before it widen the range, and so does "otherwise" if none surely holds.
   */
  record Bands(Circuit[] when, long[] amountFen, long otherwiseFen) implements MoneyPlan {
    @Override
    public void estimate(
        BlockOutcome outcome,
        FactColumns block,
        ProgramCircuits circuits,
        CircuitWorkspace workspace) {
      outcome.money = BlockOutcome.Money.FEN;
      int words = outcome.words;
      long[] decided = workspace.matched;
      long[] seen = workspace.seen;
      for (int w = 0; w < words; w++) {
        decided[w] = ~outcome.mayHold[w]; // refused enterprises need no estimate
        seen[w] = 0;
      }
      for (int b = 0; b < when.length && !allSet(decided, workspace.valid, words); b++) {
        long[] value = circuits.run(when[b], block, workspace);
        band(outcome, value, words, amountFen[b], decided, seen);
      }
      for (int w = 0; w < words; w++) {
        for (long bits = ~decided[w] & workspace.valid[w]; bits != 0; bits &= bits - 1) {
          int i = (w << 6) + Long.numberOfTrailingZeros(bits);
          widen(outcome, i, (seen[w] >>> (i & 63) & 1) != 0, otherwiseFen);
        }
        for (long bits = outcome.mayHold[w] & ~outcome.holds[w]; bits != 0; bits &= bits - 1) {
          outcome.minFen[(w << 6) + Long.numberOfTrailingZeros(bits)] = 0; // eligibility unknown
        }
      }
    }

    private static void band(
        BlockOutcome outcome, long[] value, int words, long amount, long[] decided, long[] seen) {
      for (int w = 0; w < words; w++) {
        long applies = value[words + w] & ~decided[w];
        for (long bits = applies; bits != 0; bits &= bits - 1) {
          int i = (w << 6) + Long.numberOfTrailingZeros(bits);
          widen(outcome, i, (seen[w] >>> (i & 63) & 1) != 0, amount);
        }
        seen[w] |= applies;
        decided[w] |= value[w];
      }
    }

    private static void widen(BlockOutcome outcome, int i, boolean seen, long amount) {
      outcome.minFen[i] = seen ? Math.min(outcome.minFen[i], amount) : amount;
      outcome.maxFen[i] = seen ? Math.max(outcome.maxFen[i], amount) : amount;
    }

    private static boolean allSet(long[] bits, long[] valid, int words) {
      for (int w = 0; w < words; w++) {
        if ((bits[w] & valid[w]) != valid[w]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Amounts too large for a long of 分: the per-pair estimate, as objects. */
  record Objects(CompiledProgram program) implements MoneyPlan {
    @Override
    public void estimate(
        BlockOutcome outcome,
        FactColumns block,
        ProgramCircuits circuits,
        CircuitWorkspace workspace) {
      outcome.money = BlockOutcome.Money.OBJECTS;
      for (int w = 0; w < outcome.words; w++) {
        for (long bits = outcome.mayHold[w]; bits != 0; bits &= bits - 1) {
          int i = (w << 6) + Long.numberOfTrailingZeros(bits);
          outcome.objects[i] = program.estimate(outcome.code(i), block.row(i));
        }
      }
    }
  }
}
