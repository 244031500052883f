package cn.gov.huaian.zjtx.matchmaking.challenges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What the 揭榜比拼 API reads and writes. */
public final class ChallengeDtos {
  private ChallengeDtos() {}

  /** A problem as an admin publishes it. */
  public record ChallengeRequest(
      String listName, String title, String description, BigDecimal reward, LocalDate deadline) {}

  /** A problem as shown. */
  public record ChallengeView(
      UUID id,
      String listName,
      String title,
      String description,
      BigDecimal reward,
      LocalDate deadline,
      String status) {
    public static ChallengeView of(Challenge c) {
      return new ChallengeView(
          c.id, c.listName, c.title, c.description, c.reward, c.deadline, c.status.name());
    }
  }

  /** A bid as a university office writes it for one of its teams. */
  public record BidRequest(UUID teamId, String proposal) {}

  /**
   * A bid as shown.
   *
   * @param teamName the team and its university, "智能制造装备团队（淮阴工学院）"
   */
  public record BidView(
      UUID id,
      UUID challengeId,
      UUID teamId,
      String teamName,
      String proposal,
      BigDecimal score,
      boolean winner) {
    public static BidView of(ChallengeBid b, String teamName) {
      return new BidView(b.id, b.challengeId, b.teamId, teamName, b.proposal, b.score, b.winner);
    }
  }

  /** A score given by the review panel. */
  public record ScoreRequest(BigDecimal score) {}

  /** How many places win, and the pass mark below which nobody wins. */
  public record PublishRequest(Integer places, BigDecimal passMark) {}
}
