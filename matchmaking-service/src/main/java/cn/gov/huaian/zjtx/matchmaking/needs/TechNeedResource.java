package cn.gov.huaian.zjtx.matchmaking.needs;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import cn.gov.huaian.zjtx.platform.web.ETags;
import cn.gov.huaian.zjtx.platform.web.PageParams;
import cn.gov.huaian.zjtx.platform.web.PageView;
import cn.gov.huaian.zjtx.platform.web.Tagged;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * 技术需求 REST API. An enterprise user sees and posts its own needs; a commissioner those of its
 * assigned enterprises; everyone else sees open needs' public fields; admins see all.
 */
@Path("/api/v1/tech-needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class TechNeedResource {
  private final NeedAccess access;
  private final TechNeedService service;

  public TechNeedResource(NeedAccess access, TechNeedService service) {
    this.access = access;
    this.service = service;
  }

  @GET
  @Operation(
      summary =
          "技术需求列表（按权限过滤，可按企业 enterpriseId 筛选，分页） / Tech needs visible to the caller, by enterprise, paged")
  public PageView<TechNeedView> list(
      @QueryParam("status") String status,
      @QueryParam("enterpriseId") UUID enterpriseId,
      @BeanParam @Valid PageParams paging) {
    Map<String, Object> params = new HashMap<>();
    String where = access.listCondition(params);
    if (status != null) {
      var s = TechNeedRules.parseStatus(status);
      if (s == null) {
        throw ProblemException.invalid("status", "状态须为 OPEN、PAUSED 或 CLOSED");
      }
      where = "(" + where + ") and status = :status";
      params.put("status", s);
    }
    if (enterpriseId != null) {
      // Within what the caller may list: another firm's private needs stay out of sight.
      where = "(" + where + ") and enterpriseId = :enterprise";
      params.put("enterprise", enterpriseId);
    }
    var query =
        TechNeed.<TechNeed>find(
            where, Sort.by("createdAt", Sort.Direction.Descending).and("id"), params);
    var items =
        query.page(paging.page, paging.size).list().stream()
            .map(n -> TechNeedView.of(n, access.canSeePrivate(n)))
            .toList();
    return paging.of(items, query.count());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "技术需求详情（ETag 为版本号） / One tech need, with its version as ETag")
  public RestResponse<TechNeedView> get(@PathParam("id") UUID id) {
    TechNeed need = TechNeed.findById(id);
    if (need == null || !access.canSee(need)) {
      throw ProblemException.notFound("技术需求");
    }
    return Tagged.ok(TechNeedView.of(need, access.canSeePrivate(need)), need.version);
  }

  @POST
  @Operation(summary = "发布技术需求（企业为本企业，服务专员为其负责企业） / Post a tech need; accepts Idempotency-Key")
  public RestResponse<TechNeedView> create(
      TechNeedRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    var created = service.create(body, idempotencyKey);
    var view = TechNeedView.of(created.need(), true);
    var builder =
        created.fresh()
            ? RestResponse.ResponseBuilder.<TechNeedView>created(
                    URI.create("/api/v1/tech-needs/" + view.id()))
                .entity(view)
            : RestResponse.ResponseBuilder.ok(view);
    return builder.header("ETag", ETags.of(created.need().version)).build();
  }

  @POST
  @Path("/quality-check")
  @RolesAllowed({"enterprise", "commissioner", "admin"})
  @Operation(
      summary =
          "需求质量检查（不保存）：逐项说明缺什么，并给出示例句；不合格也可以发布，标为“待完善” / Check a draft need against the intake gate, without saving it")
  public NeedQuality.Report qualityCheck(TechNeedRequest body) {
    if (body == null) {
      throw ProblemException.invalid("body", "请求体不能为空");
    }
    var v = new Violations();
    v.optionalText("title", "需求名称", body.title(), TechNeedRules.TITLE_MAX);
    v.optionalText("publicSummary", "公开摘要", body.publicSummary(), TechNeedRules.SUMMARY_MAX);
    v.optionalText("description", "需求描述", body.description(), TechNeedRules.DESCRIPTION_MAX);
    v.throwIfAny();
    return NeedQuality.assess(body.title(), body.publicSummary(), body.description());
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "修改技术需求（须带 If-Match） / Update a tech need; requires If-Match")
  public RestResponse<TechNeedView> update(
      @PathParam("id") UUID id, TechNeedRequest body, @HeaderParam("If-Match") String ifMatch) {
    TechNeed need = service.update(id, body, ifMatch);
    return Tagged.ok(TechNeedView.of(need, true), need.version);
  }
}
