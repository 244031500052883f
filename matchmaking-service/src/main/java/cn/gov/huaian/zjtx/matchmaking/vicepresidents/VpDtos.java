package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import java.util.List;
import java.util.UUID;

/** What the 科技副总 API reads and writes. */
public final class VpDtos {
  private VpDtos() {}

  /** A posting as written by the enterprise. */
  public record SeatRequest(
      UUID enterpriseId,
      String title,
      String description,
      List<String> nsfcCodes,
      String cluster,
      Integer seats) {}

  /** A posting as shown. */
  public record SeatView(
      UUID id,
      UUID enterpriseId,
      String title,
      String description,
      List<String> nsfcCodes,
      String cluster,
      int seats,
      String status) {
    public static SeatView of(VpSeat s) {
      return new SeatView(
          s.id,
          s.enterpriseId,
          s.title,
          s.description,
          List.copyOf(s.nsfcCodes),
          s.cluster,
          s.seats,
          s.status);
    }
  }

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
   * posting, the expert and the parts of the score in words ({@link SeatFit#reasons()}).
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
      double semantic,
      double discipline,
      String cluster,
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
