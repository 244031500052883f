package cn.gov.huaian.zjtx.policy.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Requests and answers of the simulation API. */
public final class SimulationDtos {
  private SimulationDtos() {}

  /**
   * A draft program to try against the current population, not published.
   *
   * @param baseProgramId the program whose current version the draft is compared with, if any
   * @param districtCode limit to one district (defaults to the base program's region)
   */
  public record SimulationRequest(UUID baseProgramId, String districtCode, JsonNode rules) {}

  /** One group of enterprises (a district, a tier, a cluster). */
  public record Group(
      String key,
      String label,
      long eligible,
      long unknown,
      BigDecimal amountMin,
      BigDecimal amountMax) {}

  /** How one version of a program falls on the population. */
  public record Summary(
      int rulesVersion,
      long applicable,
      long eligible,
      long unknown,
      long notEligible,
      BigDecimal budgetMin,
      BigDecimal budgetMax,
      BigDecimal unknownUpTo,
      String budgetText,
      List<Group> byDistrict,
      List<Group> byTier,
      List<Group> byCluster) {}

  /** Draft against current: "+37 家，+¥420万". */
  public record Difference(
      long eligible,
      long entered,
      long left,
      BigDecimal budgetMin,
      BigDecimal budgetMax,
      String text) {}

  /** The answer. */
  public record SimulationResult(
      long enterprises,
      Summary draft,
      Summary current,
      Difference difference,
      BigDecimal programBudget,
      Boolean exceedsBudget,
      long millis) {}
}
