package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.web.Params;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseAccess;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseRecord;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.MatchDetail;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.MatchView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.OpportunitiesView;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * 资格匹配 REST API: an enterprise's results, why, how much, what is missing; re-match jobs for admins.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class MatchResource {
  private final MatchQueries queries;
  private final MatchJobs jobs;
  private final EnterpriseAccess access;

  public MatchResource(MatchQueries queries, MatchJobs jobs, EnterpriseAccess access) {
    this.queries = queries;
    this.jobs = jobs;
    this.access = access;
  }

  @GET
  @Path("/enterprises/{id}/matches")
  @Operation(summary = "企业的判定结果（各项目：结论、金额、引用版本） / An enterprise's stored results")
  public List<MatchView> results(
      @PathParam("id") UUID id,
      @Parameter(
              description =
                  "结论筛选：ELIGIBLE、PENDING_VERIFICATION、UNKNOWN、NOT_ELIGIBLE，或 HELD（已持有的称号，不计入任何结论） / "
                      + "a verdict, or HELD: titles the firm holds, listed under no verdict")
          @QueryParam("status")
          String status) {
    access.requireReadable(id, "企业");
    queries.enterprise(id);
    return queries.results(id, Params.enumOf(ResultFilter.class, "status", status), null);
  }

  @GET
  @Path("/enterprises/{id}/matches/{programId}")
  @Operation(summary = "企业对某项目的判定详情（逐条依据、金额、差距） / Trace, amount and gap for one program")
  public MatchDetail detail(
      @PathParam("id") UUID id,
      @PathParam("programId") UUID programId,
      @Parameter(description = "判定日期（YYYY-MM-DD，默认今天）：按该日有效的规则版本判定 / evaluation date")
          @QueryParam("on")
          String on) {
    access.requireReadable(id, "企业");
    return queries.detail(queries.enterprise(id), programId, evaluationDate(on));
  }

  @GET
  @Path("/enterprises/{id}/opportunities")
  @Operation(summary = "跨项目机会：按可新增金额排序的改进项与待补充信息 / Changes and missing facts ranked by money")
  public OpportunitiesView opportunities(@PathParam("id") UUID id) {
    access.requireReadable(id, "企业");
    EnterpriseRecord enterprise = queries.enterprise(id);
    return queries.opportunities(enterprise);
  }

  @GET
  @Path("/match-jobs")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "重匹配任务（管理员） / Re-match jobs (admin)")
  public List<MatchJobs.JobView> jobs(
      @QueryParam("size")
          @DefaultValue("50")
          @Min(value = 1, message = "条数至少为 1")
          @Max(value = 500, message = "条数不能超过 500")
          int size) {
    return jobs.recent(size);
  }

  @POST
  @Path("/match-jobs")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "请求全量重匹配（异步任务） / Queue a full re-match (admin)")
  public Response fullRematch() {
    MatchJobs.JobView job = jobs.requestFullRematch();
    jobs.wake();
    return Response.accepted(job).build();
  }

  private static java.time.LocalDate evaluationDate(String on) {
    if (on == null || on.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(on.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw ProblemException.invalid("on", "参数 on 应为日期，格式 YYYY-MM-DD（如 2026-04-01）");
    }
  }
}
