package cn.gov.huaian.zjtx.policy.rules.benefit;

import cn.gov.huaian.zjtx.policy.rules.ast.Condition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** 奖补标准：how much an eligible enterprise receives, in 元. */
public sealed interface Benefit {

  /** The most this benefit can pay, whatever the facts; used for ranges and for ranking. */
  BigDecimal maximum();

  /** No money: a certification program, or a service. */
  record NoBenefit() implements Benefit {
    @Override
    public BigDecimal maximum() {
      return BigDecimal.ZERO;
    }
  }

  /** 定额奖补. */
  record Fixed(BigDecimal amount) implements Benefit {
    public Fixed {
      requireNonNegative(amount);
    }

    @Override
    public BigDecimal maximum() {
      return amount;
    }
  }

  /** 按梯度奖补：the first tier in the list that the enterprise holds sets the amount. */
  record ByTier(String fact, List<TierAmount> tiers, BigDecimal otherwise) implements Benefit {
    public ByTier {
      tiers = List.copyOf(tiers);
      requireNonNegative(otherwise);
    }

    @Override
    public BigDecimal maximum() {
      return tiers.stream().map(TierAmount::amount).reduce(otherwise, BigDecimal::max);
    }
  }

  /** One row of a by-tier table. */
  record TierAmount(String tier, BigDecimal amount) {
    public TierAmount {
      requireNonNegative(amount);
    }
  }

  /** 按比例奖补：a percentage of a number fact, never above the cap (a cap is required). */
  record PercentOfFact(String fact, BigDecimal percent, BigDecimal cap) implements Benefit {
    public PercentOfFact {
      requireNonNegative(percent);
      requireNonNegative(cap);
    }

    @Override
    public BigDecimal maximum() {
      return cap;
    }

    /** The amount for a known fact value, rounded to the 分 and floored at zero. */
    public BigDecimal amountFor(double factValue) {
      if (factValue <= 0) {
        return BigDecimal.ZERO;
      }
      BigDecimal raw =
          exact(factValue)
              .multiply(percent)
              .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      return raw.min(cap);
    }
  }

  /**
   * The exact decimal of a fact value. Money facts are whole 元 almost always, and building those
   * from a long skips the double-to-text conversion that {@code BigDecimal.valueOf(double)} pays;
   * the value is the same either way.
   */
  private static BigDecimal exact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return BigDecimal.valueOf((long) value);
    }
    return BigDecimal.valueOf(value);
  }

  /** 分档奖补：the first band whose condition holds sets the amount. */
  record Banded(List<BenefitBand> bands, BigDecimal otherwise) implements Benefit {
    public Banded {
      bands = List.copyOf(bands);
      requireNonNegative(otherwise);
    }

    @Override
    public BigDecimal maximum() {
      return bands.stream().map(BenefitBand::amount).reduce(otherwise, BigDecimal::max);
    }
  }

  /** One band of a banded benefit. */
  record BenefitBand(Condition when, BigDecimal amount) {
    public BenefitBand {
      Objects.requireNonNull(when, "when");
      requireNonNegative(amount);
    }
  }

  private static void requireNonNegative(BigDecimal amount) {
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException("金额不能为空或负数：" + amount);
    }
  }
}
