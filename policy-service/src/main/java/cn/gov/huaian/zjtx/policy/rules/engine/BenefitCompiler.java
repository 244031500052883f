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
        .map(
            row ->
                new BenefitBand(
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
    PercentFen arithmetic = new PercentFen(percent);
    return facts -> {
      double base = facts.scalar(slot);
      return Double.isNaN(base) ? unknown : arithmetic.amount(base, atCap);
    };
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
