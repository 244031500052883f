package cn.gov.huaian.zjtx.policy.rules.gap;

import cn.gov.huaian.zjtx.policy.rules.engine.FactDisplay;
import cn.gov.huaian.zjtx.policy.rules.facts.FactDefinition;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue;
import cn.gov.huaian.zjtx.policy.rules.facts.FactValue.TextSetValue;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** 一项事实的改变：e.g. 研发费用占比 2.8% → 3%. {@code from} is null when the fact is unknown. */
public record FactChange(FactDefinition fact, FactValue from, FactValue to) {

  /**
   * A change only the passing of time makes (years in the niche market): not something to do, a
   * date to wait for.
   */
  public boolean timeOnly() {
    return StandardFacts.TIME_ONLY.contains(fact.name());
  }

  /** Whether the change adds an award (科技奖励, “创客中国”, 主导制定标准) to the firm's honours. */
  public boolean needsAward() {
    return adds(StandardFacts.AWARDS);
  }

  /** Whether the change adds a list the ministries draw up by industry (集成电路或工业母机企业清单). */
  public boolean needsListing() {
    return adds(StandardFacts.AUTHORITY_LISTS.keySet());
  }

  private boolean adds(Set<String> values) {
    return added().stream().anyMatch(values::contains);
  }

  /** The values a set-valued change adds, sorted; empty when the fact is not a set. */
  private List<String> added() {
    if (!(to instanceof TextSetValue after)) {
      return List.of();
    }
    return after.values().stream()
        .filter(v -> !(from instanceof TextSetValue before && before.values().contains(v)))
        .sorted()
        .toList();
  }

  /** "上年度研发费用占营业收入比重 2.8% → 3%", "已获资质与荣誉 增加 高新技术企业", "从事特定细分市场年限：满 3年后可符合（目前 2年，还需 1 年…）". */
  public String describe() {
    if (timeOnly() && from instanceof NumberValue before && to instanceof NumberValue after) {
      long wait = (long) Math.ceil(after.value() - before.value());
      return fact.label()
          + "：满 "
          + FactDisplay.value(fact, to)
          + "后可符合（目前 "
          + FactDisplay.value(fact, from)
          + "，还需 "
          + wait
          + " 年，无需也无法通过改变经营做到）";
    }
    if (from instanceof TextSetValue && to instanceof TextSetValue) {
      List<String> added = added();
      // "已获梯度认定：新增“专精特新小巨人”" — what to obtain, not a set operation.
      // A ministry's list says whose list it is: not a certificate the firm applies for.
      String notes =
          added.stream()
              .map(StandardFacts.AUTHORITY_LISTS::get)
              .filter(Objects::nonNull)
              .map(note -> "（" + note + "）")
              .collect(Collectors.joining());
      return fact.label() + "：新增“" + String.join("”“", added) + "”" + notes;
    }
    String before = from == null ? "未知" : FactDisplay.value(fact, from);
    return fact.label() + " " + before + " → " + FactDisplay.value(fact, to);
  }

  /**
   * How hard the change is, for ranking: a relative step on a number costs up to 1.5, getting a
   * qualification or switching a yes/no costs 1.5, so "two small numeric steps" and "one new
   * certificate" weigh alike; winning an award or entering a ministry's list costs 2.5 (not the
   * firm's to decide).
   */
  public double effort() {
    if (timeOnly()) {
      return 3; // waiting is not an action: ranked after anything the firm can do
    }
    if (needsAward() || needsListing()) {
      return 2.5;
    }
    if (from instanceof NumberValue before && to instanceof NumberValue after) {
      double scale =
          Math.max(Math.max(Math.abs(before.value()), Math.abs(after.value())), fact.step());
      double relative = scale == 0 ? 0 : Math.abs(after.value() - before.value()) / scale;
      return 0.5 + Math.min(1, relative);
    }
    return 1.5;
  }
}
