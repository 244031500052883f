package cn.gov.huaian.zjtx.policy.applications;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.web.IdempotencyKeys;
import cn.gov.huaian.zjtx.platform.web.PageParams;
import cn.gov.huaian.zjtx.platform.web.PageView;
import cn.gov.huaian.zjtx.platform.web.Params;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.ApplicationView;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.DecisionRequest;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.Draft;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.PayoutRequest;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.ProgramStats;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.SubmitRequest;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseAccess;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 申报、审核、兑付 REST API. Enterprises apply for themselves; admins review and record payouts. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class ApplicationResource {
  private final Applications applications;
  private final EnterpriseAccess access;
  private final CurrentUser user;

  public ApplicationResource(Applications applications, EnterpriseAccess access, CurrentUser user) {
    this.applications = applications;
    this.access = access;
    this.user = user;
  }

  @GET
  @Path("/enterprises/{id}/applications/draft")
  @Operation(summary = "申报表草稿（由企业事实预填） / A pre-filled application form")
  public Draft draft(@PathParam("id") UUID id, @QueryParam("programId") String programIdParam) {
    UUID programId = Params.uuidOf("programId", programIdParam);
    access.requireOwn(id, "企业");
    if (programId == null) {
      throw ProblemException.invalid("programId", "请指定申报的项目（programId）");
    }
    return applications.draft(id, programId);
  }

  @POST
  @Path("/enterprises/{id}/applications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "提交申报（支持 Idempotency-Key） / Apply (Idempotency-Key)")
  public Response submit(
      @PathParam("id") UUID id,
      @Valid @NotNull(message = "请求体不能为空") SubmitRequest request,
      @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
    access.requireOwn(id, "企业");
    Application app = applications.submit(id, request, user.username(), idempotencyKey);
    return Response.created(URI.create("/api/v1/applications/" + app.id))
        .entity(applications.view(app))
        .tag(etag(app))
        .build();
  }

  @GET
  @Path("/enterprises/{id}/applications")
  @Operation(summary = "企业的申报 / An enterprise's applications")
  public PageView<ApplicationView> mine(
      @PathParam("id") UUID id, @BeanParam @Valid PageParams paging) {
    access.requireReadable(id, "企业");
    return applications.list(id, null, null, paging.page, paging.size);
  }

  @GET
  @Path("/applications")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "申报列表（管理员，可按状态、项目筛选） / Applications to review (admin)")
  public PageView<ApplicationView> list(
      @QueryParam("status") String status,
      @QueryParam("programId") String programId,
      @BeanParam @Valid PageParams paging) {
    return applications.list(
        null,
        Params.enumOf(Application.Status.class, "status", status),
        Params.uuidOf("programId", programId),
        paging.page,
        paging.size);
  }

  @GET
  @Path("/applications/stats")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "各项目审核与兑付时效（管理员） / Time to decision and to payout per program (admin)")
  public List<ProgramStats> stats() {
    return applications.stats();
  }

  @GET
  @Path("/applications/{applicationId}")
  @Operation(summary = "申报详情 / One application")
  public Response get(@PathParam("applicationId") UUID applicationId) {
    Application app = applications.get(applicationId);
    access.requireReadable(app.enterpriseId, "申报");
    return Response.ok(applications.view(app)).tag(etag(app)).build();
  }

  @POST
  @Path("/applications/{applicationId}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "审核：通过（核定金额）或驳回（理由）；需 If-Match / Approve or reject (admin, If-Match)")
  public Response decide(
      @PathParam("applicationId") UUID applicationId,
      @Valid @NotNull(message = "请求体不能为空") DecisionRequest request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Application app = applications.decide(applicationId, request, ifMatch, user.username());
    return Response.ok(applications.view(app)).tag(etag(app)).build();
  }

  @POST
  @Path("/applications/{applicationId}/payout")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "记录兑付；需 If-Match / Record the payout (admin, If-Match)")
  public Response payout(
      @PathParam("applicationId") UUID applicationId,
      @Valid @NotNull(message = "请求体不能为空") PayoutRequest request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Application app = applications.payout(applicationId, request, ifMatch);
    return Response.ok(applications.view(app)).tag(etag(app)).build();
  }

  private static EntityTag etag(Application app) {
    return new EntityTag(Long.toString(app.version));
  }
}
