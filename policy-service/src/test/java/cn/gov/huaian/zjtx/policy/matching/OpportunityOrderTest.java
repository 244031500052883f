package cn.gov.huaian.zjtx.policy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.policy.matching.MatchViews.ChangeOpportunityView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.ChangeView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.ProgramRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Money first, then what the firm can do before what only time brings, then the next tier. */
class OpportunityOrderTest {
  private static LiveProgram program(String code, String kind) {
    return new LiveProgram(
        UUID.randomUUID(),
        code,
        kind,
        code,
        "产业",
        null,
        null,
        null,
        false,
        1,
        null,
        List.of(),
        code,
        null,
        null,
        new LiveProgram.Citation(null, null, null),
        List.of(),
        null,
        null,
        null,
        null);
  }

  private static ChangeOpportunityView change(
      String text, long money, boolean timeOnly, String... programs) {
    return new ChangeOpportunityView(
        text,
        List.of(new ChangeView("f", "f", "1", "2", text, timeOnly)),
        java.util.Arrays.stream(programs).map(p -> new ProgramRef(null, p, p)).toList(),
        BigDecimal.valueOf(money),
        BigDecimal.valueOf(money),
        "");
  }

  @Test
  void moneyThenActionableThenTheNextTier() {
    Map<String, LiveProgram> byCode =
        Map.of(
            "tier.little-giant.2026", program("tier.little-giant.2026", "CERTIFICATION"),
            "nat.service", program("nat.service", "POLICY"),
            "nat.other", program("nat.other", "POLICY"));
    var waitForTier = change("满 3年后", 0, true, "tier.little-giant.2026");
    var service = change("研发占比", 0, false, "nat.service", "nat.other");
    var tier = change("Ⅰ类知识产权", 0, false, "tier.little-giant.2026");
    var money = change("发明专利", 300_000, false, "nat.other");

    List<ChangeOpportunityView> ranked =
        java.util.stream.Stream.of(waitForTier, service, tier, money)
            .sorted(MatchQueries.opportunityOrder(byCode))
            .toList();

    assertThat(ranked).containsExactly(money, tier, service, waitForTier);
  }
}
