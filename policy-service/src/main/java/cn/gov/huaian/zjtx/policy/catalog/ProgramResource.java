package cn.gov.huaian.zjtx.policy.catalog;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.web.ETags;
import cn.gov.huaian.zjtx.platform.web.IdempotencyKeys;
import cn.gov.huaian.zjtx.platform.web.PageParams;
import cn.gov.huaian.zjtx.platform.web.PageView;
import cn.gov.huaian.zjtx.platform.web.Params;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * 项目目录 REST API: programs (policies and certification programs) with their rules. Writes are
 * admin-only; published programs are readable by every signed-in user.
 */
@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class ProgramResource {
  private final ProgramCatalog catalog;
  private final CurrentUser user;

  public ProgramResource(ProgramCatalog catalog, CurrentUser user) {
    this.catalog = catalog;
    this.user = user;
  }

  /** One rules version as the history shows it. */
  public record VersionView(
      int number,
      Instant createdAt,
      String createdBy,
      com.fasterxml.jackson.databind.JsonNode rules) {}

  @GET
  @Operation(summary = "项目列表（管理员可见全部，其他用户仅已发布） / Programs, paged")
  public PageView<ProgramView> list(
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("category") String category,
      @Parameter(
              description =
                  "IN_FORCE（默认，现行）、HISTORY（历史版本）、ALL / in force (default), history or all")
          @QueryParam("lifecycle")
          String lifecycle,
      @BeanParam @Valid PageParams paging) {
    if (category != null && !Program.CATEGORIES.contains(category)) {
      throw ProblemException.invalid(
          "category", "政策类别应为以下之一：" + String.join("、", Program.CATEGORIES));
    }
    long[] total = new long[1];
    var filter =
        new ProgramCatalog.Filter(
            Params.enumOf(Program.Kind.class, "kind", kind),
            Params.enumOf(Program.Status.class, "status", status),
            category,
            !user.isAdmin(),
            lifecycleOf(lifecycle));
    List<ProgramView> items =
        catalog.list(filter, paging.page, paging.size, total).stream()
            .map(ProgramView::of)
            .toList();
    return paging.of(items, total[0]);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "项目详情（含当前规则） / One program with its current rules")
  public Response get(@PathParam("id") UUID id) {
    ProgramDetail detail = catalog.detail(id, !user.isAdmin());
    return Response.ok(detail).tag(etag(detail)).build();
  }

  @GET
  @Path("/{id}/versions")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "规则版本历史（管理员） / Rules versions of a program (admin)")
  public List<VersionView> versions(@PathParam("id") UUID id) {
    return catalog.versions(id).stream()
        .map(v -> new VersionView(v.number, v.createdAt, v.createdBy, RuleBook.parse(v.rules)))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "新建项目（草稿，规则写入时校验；支持 Idempotency-Key） / Create a draft program (admin)")
  public Response create(
      @Valid @NotNull(message = "请求体不能为空") ProgramRequest request,
      @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
    Program p = catalog.create(request, user.username(), idempotencyKey);
    ProgramDetail detail = catalog.detail(p.id, false);
    return Response.created(URI.create("/api/v1/programs/" + p.id))
        .entity(detail)
        .tag(etag(detail))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "修改项目（需 If-Match；规则变化生成新版本） / Change a program (admin, If-Match)")
  public Response update(
      @PathParam("id") UUID id,
      @Valid @NotNull(message = "请求体不能为空") ProgramRequest request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    catalog.update(id, request, ifMatch, user.username());
    ProgramDetail detail = catalog.detail(id, false);
    return Response.ok(detail).tag(etag(detail)).build();
  }

  @POST
  @Path("/{id}/publish")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "发布项目（需 If-Match；随后全量重匹配） / Publish (admin, If-Match); a re-match job follows")
  public Response publish(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    catalog.publish(id, ifMatch);
    ProgramDetail detail = catalog.detail(id, false);
    return Response.ok(detail).tag(etag(detail)).build();
  }

  @POST
  @Path("/{id}/withdraw")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "撤回项目（需 If-Match） / Withdraw (admin, If-Match)")
  public Response withdraw(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    catalog.withdraw(id, ifMatch);
    ProgramDetail detail = catalog.detail(id, false);
    return Response.ok(detail).tag(etag(detail)).build();
  }

  private static jakarta.ws.rs.core.EntityTag etag(ProgramDetail detail) {
    return new jakarta.ws.rs.core.EntityTag(ETags.of(detail.version()).replace("\"", ""));
  }

  static Program.Lifecycle lifecycleOf(String lifecycle) {
    Program.Lifecycle value = Params.enumOf(Program.Lifecycle.class, "lifecycle", lifecycle);
    return value == null ? Program.Lifecycle.IN_FORCE : value;
  }
}
