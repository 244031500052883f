package cn.gov.huaian.zjtx.matchmaking.challenges;

import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.BidView;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.ChallengeRequest;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The rules of 揭榜比拼 as plain Java: what a problem must say, who sees which bid, valid scores. */
public final class ChallengeRules {
  static final BigDecimal MAX_SCORE = new BigDecimal("100");
  static final BigDecimal DEFAULT_PASS_MARK = new BigDecimal("60");

  private ChallengeRules() {}

  /** Every problem with a published problem, named by field. */
  public static Violations check(ChallengeRequest r, LocalDate today) {
    var v = new Violations();
    if (r == null) {
      return v.add("body", "请求体不能为空");
    }
    v.requiredName("listName", "榜单名称", r.listName(), 1, 100);
    v.requiredName("title", "题目名称", r.title(), 1, 200);
    v.requiredText("description", "题目说明", r.description(), 5000);
    if (r.reward() == null) {
      v.add("reward", "奖励金额不能为空");
    } else {
      v.money("reward", "奖励金额", r.reward());
    }
    if (r.deadline() == null || r.deadline().isBefore(today)) {
      v.add("deadline", "截止日期不能为空且不能早于今天");
    }
    return v;
  }

  /** Bids are taken while the problem is open and its deadline has not passed. */
  public static boolean acceptsBids(Challenge.Status status, LocalDate deadline, LocalDate today) {
    return status == Challenge.Status.OPEN && !deadline.isBefore(today);
  }

  /** A review score: 0–100 with at most two decimals. */
  public static boolean validScore(BigDecimal score) {
    return score != null
        && score.signum() >= 0
        && score.compareTo(MAX_SCORE) <= 0
        && score.stripTrailingZeros().scale() <= 2;
  }

  /**
   * What a viewer sees of a bid. Admins see every bid; a university sees its own teams' bids,
   * proposal included. Once results are published everybody learns the winners (team and score),
   * but a proposal is never shown to anyone but admins and its own bidder, and losing bids stay
   * private.
   */
  public static Optional<BidView> visibleTo(
      BidView bid, boolean admin, boolean ownBid, boolean published) {
    if (admin || ownBid) {
      return Optional.of(bid);
    }
    if (published && bid.winner()) {
      return Optional.of(
          new BidView(
              bid.id(), bid.challengeId(), bid.teamId(), bid.teamName(), null, bid.score(), true));
    }
    return Optional.empty();
  }
}
