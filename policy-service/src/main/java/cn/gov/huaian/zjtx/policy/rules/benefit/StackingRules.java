package cn.gov.huaian.zjtx.policy.rules.benefit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 叠加规则：programs in one exclusive group are not paid together (the highest is taken), and an
 * enterprise receives at most the yearly cap across all programs.
 *
 * @param yearlyCap the most one enterprise receives in a year, empty when there is none
 */
public record StackingRules(Optional<BigDecimal> yearlyCap) {
  /** Highest first by the upper end, then by the lower end: the one worth applying for. */
  private static final Comparator<ProgramEstimate> BEST_FIRST =
      Comparator.comparing((ProgramEstimate e) -> e.amount().max())
          .thenComparing(e -> e.amount().min())
          .reversed()
          .thenComparing(ProgramEstimate::programId);

  public static StackingRules uncapped() {
    return new StackingRules(Optional.empty());
  }

  public static StackingRules cappedAt(BigDecimal yearlyCap) {
    return new StackingRules(Optional.of(yearlyCap));
  }

  public StackedEstimate stack(List<ProgramEstimate> estimates) {
    List<ProgramEstimate> counted = new ArrayList<>();
    List<ProgramEstimate> outranked = new ArrayList<>();
    AmountRange total = AmountRange.ZERO;
    for (List<ProgramEstimate> group : groups(estimates)) {
      List<ProgramEstimate> ranked = group.stream().sorted(BEST_FIRST).toList();
      counted.add(ranked.getFirst());
      outranked.addAll(ranked.subList(1, ranked.size()));
      total = total.plus(groupAmount(ranked));
    }
    AmountRange capped = yearlyCap.map(total::cappedAt).orElse(total);
    return new StackedEstimate(capped, counted, outranked, !capped.equals(total));
  }

  /**
   * A group pays one member. Which one is not known while amounts are ranges, so the group is worth
   * at least the best guaranteed amount and at most the best possible one.
   */
  private static AmountRange groupAmount(List<ProgramEstimate> group) {
    return group.stream().map(ProgramEstimate::amount).reduce(AmountRange::highest).orElseThrow();
  }

  private static List<List<ProgramEstimate>> groups(List<ProgramEstimate> estimates) {
    Map<String, List<ProgramEstimate>> groups = new LinkedHashMap<>();
    for (ProgramEstimate estimate : estimates) {
      if (estimate.amount().isZero()) {
        continue;
      }
      String key =
          estimate.isExclusive()
              ? "group:" + estimate.exclusiveGroup()
              : "program:" + estimate.programId();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(estimate);
    }
    return List.copyOf(groups.values());
  }
}
