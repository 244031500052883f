package cn.gov.huaian.zjtx.matchmaking.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.BidView;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.ChallengeRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 揭榜比拼 rules without Quarkus: who sees which bid, what a problem must say, valid scores. */
class ChallengeRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private final BidView winner =
      new BidView(
          UUID.randomUUID(),
          UUID.randomUUID(),
          UUID.randomUUID(),
          "甲团队（淮阴工学院）",
          "方案甲",
          BigDecimal.TEN,
          true);
  private final BidView loser =
      new BidView(
          UUID.randomUUID(),
          UUID.randomUUID(),
          UUID.randomUUID(),
          "乙团队（南京大学）",
          "方案乙",
          BigDecimal.ONE,
          false);

  @Test
  void beforePublicationOnlyAdminsAndTheBidderSeeABid() {
    assertThat(ChallengeRules.visibleTo(loser, true, false, false)).contains(loser);
    assertThat(ChallengeRules.visibleTo(loser, false, true, false)).contains(loser);
    assertThat(ChallengeRules.visibleTo(winner, false, false, false)).isEmpty();
  }

  @Test
  void afterPublicationEveryoneLearnsTheWinnersButNoProposalAndNoLoser() {
    assertThat(ChallengeRules.visibleTo(loser, false, false, true)).isEmpty();
    var seen = ChallengeRules.visibleTo(winner, false, false, true).orElseThrow();
    assertThat(seen.teamId()).isEqualTo(winner.teamId());
    assertThat(seen.score()).isEqualTo(winner.score());
    assertThat(seen.proposal()).as("a winning proposal stays with its bidder and admins").isNull();
    assertThat(ChallengeRules.visibleTo(loser, false, true, true).orElseThrow().proposal())
        .isEqualTo("方案乙");
  }

  @Test
  void aProblemNamesEveryMissingFieldAndRefusesAPastDeadline() {
    var v =
        ChallengeRules.check(
            new ChallengeRequest(" ", null, "说明", new BigDecimal("-1"), TODAY.minusDays(1)), TODAY);
    assertThat(v.list())
        .extracting(x -> x.field())
        .containsExactlyInAnyOrder("listName", "title", "reward", "deadline");
  }

  @Test
  void scoresAreZeroToHundredWithTwoDecimals() {
    assertThat(ChallengeRules.validScore(new BigDecimal("0"))).isTrue();
    assertThat(ChallengeRules.validScore(new BigDecimal("100.00"))).isTrue();
    assertThat(ChallengeRules.validScore(new BigDecimal("85.25"))).isTrue();
    assertThat(ChallengeRules.validScore(new BigDecimal("85.255"))).isFalse();
    assertThat(ChallengeRules.validScore(new BigDecimal("100.01"))).isFalse();
    assertThat(ChallengeRules.validScore(new BigDecimal("-0.5"))).isFalse();
    assertThat(ChallengeRules.validScore(null)).isFalse();
  }

  @Test
  void bidsAreTakenUntilTheDeadlineDayWhileOpen() {
    assertThat(ChallengeRules.acceptsBids(Challenge.Status.OPEN, TODAY, TODAY)).isTrue();
    assertThat(ChallengeRules.acceptsBids(Challenge.Status.OPEN, TODAY.minusDays(1), TODAY))
        .isFalse();
    assertThat(ChallengeRules.acceptsBids(Challenge.Status.SCORING, TODAY, TODAY)).isFalse();
  }
}
