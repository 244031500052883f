package cn.gov.huaian.zjtx.enterprise.dashboard;

import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.Roles;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 目标看板: the plan's 2025 targets with actual, target and ratio, city-wide or for one district.
 * Answers are at most a minute old ({@link DashboardAnswers}).
 */
@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SERVICE})
@RunOnVirtualThread
public class DashboardResource {
  private final DashboardAnswers answers;

  public DashboardResource(DashboardAnswers answers) {
    this.answers = answers;
  }

  @GET
  @Path("/clusters")
  @Operation(
      summary =
          "7+3 集群的企业数与梯度（全市或 ?district= 某区县） / Firms and tiers by 7+3 cluster, city-wide or for one district")
  public Structure.Clusters clusters(@QueryParam("district") String district) {
    var d = scope(district);
    return answers.clusters(d == null ? null : d.code(), d == null ? "淮安市" : d.name());
  }

  @GET
  @Path("/districts")
  @Operation(
      summary =
          "各区县的企业数、梯度与服务专员数（一次查询，供地图） / Firms, tiers and commissioners of every district in one pass")
  public Structure.Districts districts() {
    return answers.districts();
  }

  @GET
  @Path("/trend")
  @Operation(
      summary = "梯度企业数逐年变化（2023 年起各年末，本年为今天） / The tier ladder at the end of each year since 2023")
  public Structure.Trend trend(@QueryParam("district") String district) {
    var d = scope(district);
    return answers.trend(d == null ? null : d.code(), d == null ? "淮安市" : d.name());
  }

  private static ReferenceData.District scope(String district) {
    if (district == null || district.isBlank()) {
      return null;
    }
    return ReferenceData.bundled()
        .districtByCodeOrName(district)
        .orElseThrow(() -> ProblemException.invalid("district", "区县“" + district + "”不是淮安市的区县"));
  }

  @GET
  @Path("/targets")
  @Operation(summary = "2025 年目标完成情况（全市或 ?district= 某区县） / Plan targets: actual, target, ratio")
  public Dashboard.View targets(@QueryParam("district") String district) {
    var d = scope(district);
    return answers.targets(d == null ? null : d.code(), d == null ? "淮安市" : d.name());
  }

  @GET
  @Path("/targets/districts")
  @Operation(summary = "各区县目标完成情况 / Plan targets for every district")
  public List<Dashboard.View> byDistrict() {
    return ReferenceData.bundled().districts().stream()
        .map(d -> answers.targets(d.code(), d.name()))
        .toList();
  }
}
