package cn.gov.huaian.zjtx.policy.rules.engine;

import static cn.gov.huaian.zjtx.policy.rules.Truth.FALSE_CODE;
import static cn.gov.huaian.zjtx.policy.rules.Truth.TRUE_CODE;

import cn.gov.huaian.zjtx.policy.rules.ast.Citation;
import cn.gov.huaian.zjtx.policy.rules.ast.Condition.SetContains;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.Banded;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.BenefitBand;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.ByTier;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.Fixed;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.NoBenefit;
import cn.gov.huaian.zjtx.policy.rules.benefit.Benefit.PercentOfFact;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import java.math.BigDecimal;
import java.util.List;

/** Compiles benefits. Constant amounts are built once; only a percentage computes per pair. */
final class BenefitCompiler {
  private final FactCatalogue catalogue;
  private final ConditionCompiler conditions;

  BenefitCompiler(FactCatalogue catalogue, ConditionCompiler conditions) {
    this.catalogue = catalogue;
    this.conditions = conditions;
  }

  CompiledBenefit compile(Benefit benefit) {
    return switch (benefit) {
      case NoBenefit none -> constant(BigDecimal.ZERO);
      case Fixed fixed -> constant(fixed.amount());
      case ByTier byTier -> banded(asBands(byTier), byTier.otherwise());
      case PercentOfFact percent -> percentOf(percent);
      case Banded banded -> banded(banded.bands(), banded.otherwise());
    };
  }

  /** A by-tier table is a banded benefit whose bands test the tiers held. */
  static List<BenefitBand> asBands(ByTier byTier) {
    return byTier.tiers().stream()
        .map(row -> new BenefitBand(
            new SetContains(byTier.fact(), row.tier(), Citation.NONE), row.amount()))
        .toList();
  }

  private static CompiledBenefit constant(BigDecimal amount) {
    return new CompiledBenefit.Constant(AmountRange.exactly(amount));
  }

  private CompiledBenefit percentOf(PercentOfFact percent) {
    int slot = catalogue.slotOf(percent.fact());
    AmountRange unknown = AmountRange.upTo(percent.cap());
    AmountRange atCap = AmountRange.exactly(percent.cap());
    long basisPoints = basisPoints(percent.percent());
    long capFen = fen(percent.cap());
    return facts -> {
      double base = facts.scalar(slot);
      if (Double.isNaN(base)) {
        return unknown;
      }
      long amountFen = wholeYuanTimes(base, basisPoints);
      if (amountFen < 0) {
        return AmountRange.exactly(percent.amountFor(base)); // not whole 元, or too large
      }
      return amountFen >= capFen ? atCap : AmountRange.exactly(BigDecimal.valueOf(amountFen, 2));
    };
  }

  // The per-pair cost of a percentage benefit is mostly BigDecimal arithmetic; for the common
  // case (whole 元, a percentage with at most two decimals) the same HALF_UP result is computed
  // exactly in longs. Anything else goes the BigDecimal way. -1 means "not this case".
  private static final double LONG_SAFE_YUAN = 1e12;

  private static long wholeYuanTimes(double base, long basisPoints) {
    if (basisPoints < 0 || base != Math.rint(base) || Math.abs(base) >= LONG_SAFE_YUAN) {
      return -1;
    }
    if (base <= 0) {
      return 0;
    }
    // 元 × (percent × 100) / 100 = 分, rounded half up.
    return ((long) base * basisPoints + 50) / 100;
  }

  private static long basisPoints(BigDecimal percent) {
    BigDecimal scaled = percent.movePointRight(2);
    boolean fits = scaled.stripTrailingZeros().scale() <= 0 && scaled.compareTo(BigDecimal.valueOf(1_000_000)) < 0;
    return fits ? scaled.longValue() : -1;
  }

  private static long fen(BigDecimal yuan) {
    BigDecimal scaled = yuan.movePointRight(2);
    return scaled.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0 ? scaled.longValue() : Long.MAX_VALUE;
  }

  private CompiledBenefit banded(List<BenefitBand> bands, BigDecimal otherwise) {
    CompiledCondition[] when =
        bands.stream().map(b -> conditions.compile(b.when())).toArray(CompiledCondition[]::new);
    AmountRange[] amounts =
        bands.stream().map(b -> AmountRange.exactly(b.amount())).toArray(AmountRange[]::new);
    AmountRange fallback = AmountRange.exactly(otherwise);
    return facts -> {
      AmountRange possible = null;
      for (int i = 0; i < when.length; i++) {
        int truth = when[i].test(facts);
        if (truth == FALSE_CODE) {
          continue;
        }
        possible = possible == null ? amounts[i] : possible.span(amounts[i]);
        if (truth == TRUE_CODE) {
          return possible;
        }
      }
      return possible == null ? fallback : possible.span(fallback);
    };
  }
}
