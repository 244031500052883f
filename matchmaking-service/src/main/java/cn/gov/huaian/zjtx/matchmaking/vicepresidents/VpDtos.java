package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import java.util.List;
import java.util.UUID;

/** What the 科技副总 API reads and writes. */
public final class VpDtos {
  private VpDtos() {}

  /**
   * A posting as written by the enterprise.
   *
   * @param mainProductLine 主导产品（线）; when omitted, the firm's 主导产品 in the registry
   * @param developmentPlan 发展规划 for the post's term: what the firm means to achieve
   * @param termMonths 任期（月）, 6–60; 24 when omitted
   * @param daysPerMonth 每月到企天数 expected, 1–22, optional
   */
  public record SeatRequest(
      UUID enterpriseId,
      String title,
      String description,
      List<String> nsfcCodes,
      String cluster,
      Integer seats,
      String mainProductLine,
      String developmentPlan,
      Integer termMonths,
      Integer daysPerMonth) {}

  /** A posting as shown; {@code enterpriseName} as enterprise-service last announced it. */
  public record SeatView(
      UUID id,
      UUID enterpriseId,
      String enterpriseName,
      String title,
      String description,
      List<String> nsfcCodes,
      String cluster,
      int seats,
      String status,
      String mainProductLine,
      String developmentPlan,
      Integer termMonths,
      Integer daysPerMonth) {
    public static SeatView of(VpSeat s, String enterpriseName) {
      return new SeatView(
          s.id,
          s.enterpriseId,
          enterpriseName,
          s.title,
          s.description,
          List.copyOf(s.nsfcCodes),
          s.cluster,
          s.seats,
          s.status,
          s.mainProductLine,
          s.developmentPlan,
          s.termMonths,
          s.daysPerMonth);
    }
  }

  /**
   * A firm's own posting with how it stands: applications received and the experts assigned (by
   * name, as the firm will meet them).
   */
  public record OwnSeatView(SeatView seat, int applications, List<String> assignedExperts) {}

  /** An application as written by the expert side. */
  public record ApplicationRequest(UUID expertId, String statement) {}

  /** An application as shown. */
  public record ApplicationView(
      UUID id, UUID seatId, UUID expertId, String statement, String status, Double score) {
    public static ApplicationView of(VpApplication a) {
      return new ApplicationView(a.id, a.seatId, a.expertId, a.statement, a.status, a.score);
    }
  }

  /**
   * One pair an assignment run chose, with what an administrator reviews before confirming: the
   * posting, the expert and the parts of the score with their points ({@link SeatFit#parts()}) and
   * in words ({@link SeatFit#reasons()}).
   */
  public record Proposal(
      UUID applicationId,
      UUID seatId,
      String seatTitle,
      UUID enterpriseId,
      UUID expertId,
      String expertName,
      String expertTitle,
      String universityName,
      double score,
      double relevance,
      List<SeatFit.Part> parts,
      Double distanceKm,
      List<String> reasons) {}

  /**
   * The result of an assignment run, with the greedy total for comparison; {@code proposals} are
   * the {@code assigned} applications with their reasons, best score first.
   */
  public record AssignmentView(
      List<ApplicationView> assigned,
      double totalScore,
      double greedyTotalScore,
      int applications,
      boolean dryRun,
      List<Proposal> proposals) {}
}
