package cn.gov.huaian.zjtx.enterprise.registry;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.web.ETags;
import cn.gov.huaian.zjtx.platform.web.PageParams;
import cn.gov.huaian.zjtx.platform.web.PageView;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 企业库 REST API: the enterprises the caller may see, and their profiles. */
@Path("/api/v1/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class EnterpriseResource {
  private final CurrentUser user;
  private final EnterpriseAccess access;
  private final EnterpriseRegistry registry;
  private final ObjectMapper json;
  private final EnterpriseExport export;

  public EnterpriseResource(
      CurrentUser user,
      EnterpriseAccess access,
      EnterpriseRegistry registry,
      ObjectMapper json,
      EnterpriseExport export) {
    this.export = export;
    this.user = user;
    this.access = access;
    this.registry = registry;
    this.json = json;
  }

  @GET
  @Operation(
      summary =
          "企业列表（按权限过滤；名称、区县、园区、集群、梯度、培育库、指标阈值筛选；分页） / Enterprises visible to the caller, filtered and paged")
  public PageView<EnterpriseView> list(
      @BeanParam @Valid EnterpriseFilter filter,
      @QueryParam("sort")
          @DefaultValue("name")
          @Pattern(
              regexp = "name|-updatedAt|creditCode",
              message = "排序只能是 name、-updatedAt 或 creditCode")
          String sort,
      @BeanParam @Valid PageParams paging) {
    Map<String, Object> params = new HashMap<>();
    String visible = access.visibleTo(user, params);
    EnterpriseQuery.Where filtered = EnterpriseQuery.build(filter, params);
    String where = visible + " and " + filtered.where();
    Sort order =
        switch (sort) {
          case "-updatedAt" -> Sort.descending("updatedAt").and("id");
          case "creditCode" -> Sort.by("creditCode");
          default -> Sort.by("name").and("id");
        };
    var query = Enterprise.<Enterprise>find("from Enterprise e where " + where, order, params);
    var rows = query.page(paging.page, paging.size).list();
    var tiers =
        cn.gov.huaian.zjtx.enterprise.tiers.QualificationService.currentTiers(
            rows.stream().map(e -> e.id).toList(),
            cn.gov.huaian.zjtx.enterprise.tiers.QualificationService.today());
    var items = rows.stream().map(e -> EnterpriseView.of(e, tiers.get(e.id))).toList();
    long total;
    if ("true".equals(visible) && filtered.countAlone() != null) {
      var count = Enterprise.getEntityManager().createQuery(filtered.countAlone(), Long.class);
      params.forEach(
          (k, v) -> {
            if (java.util.regex.Pattern.compile(":" + k + "\\b")
                .matcher(filtered.countAlone())
                .find()) {
              count.setParameter(k, v);
            }
          });
      total = count.getSingleResult();
    } else {
      total = query.count();
    }
    return paging.of(items, total);
  }

  @GET
  @Path("/export.xlsx")
  @Produces(EnterpriseExport.XLSX)
  @Operation(summary = "导出筛选后的企业列表（XLSX，至多 100000 行） / Export the filtered list as XLSX")
  public Response export(@BeanParam @Valid EnterpriseFilter filter) {
    Map<String, Object> params = new HashMap<>();
    String where = access.visibleTo(user, params) + " and " + EnterpriseQuery.where(filter, params);
    int year = filter.year == null ? EnterpriseQuery.defaultYear() : filter.year;
    String file = "企业名单-" + java.time.LocalDate.now(EnterpriseRegistry.ZONE) + ".xlsx";
    StreamingOutput body = out -> export.write(where, params, year, out);
    return Response.ok(body, EnterpriseExport.XLSX)
        .header(
            "Content-Disposition",
            "attachment; filename=\"enterprises.xlsx\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "企业详情（带 ETag） / One enterprise, with its ETag")
  public Response get(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    if (!access.mayRead(user, id)) {
      throw ProblemException.notFound("企业");
    }
    Enterprise e = Enterprise.findById(id);
    if (ETags.matches(ifNoneMatch, e.version)) {
      return Response.notModified().tag(ETags.of(e.version).replace("\"", "")).build();
    }
    return Response.ok(EnterpriseView.of(e)).header(HttpHeaders.ETAG, ETags.of(e.version)).build();
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
  @Operation(summary = "登记企业（支持 Idempotency-Key；信用代码重复为 409） / Register an enterprise")
  public Response create(
      ProfileInput input,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    Profile profile = registry.validate(input);
    var created = registry.create(profile, user.subject(), idempotencyKey, input);
    EnterpriseView view = EnterpriseView.of(created.enterprise());
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .header(HttpHeaders.ETAG, view.etag())
        .header("Idempotent-Replayed", created.replayed() ? "true" : null)
        .entity(view)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "修改企业档案（须带 If-Match；过期为 412） / Update a profile (If-Match required)")
  public Response update(
      @PathParam("id") UUID id,
      ProfileInput input,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    access.requireWrite(user, id);
    long expected = ETags.required(ifMatch);
    Profile profile = registry.validate(input);
    EnterpriseView view = EnterpriseView.of(registry.update(id, profile, expected, user.isAdmin()));
    return Response.ok(view).header(HttpHeaders.ETAG, view.etag()).build();
  }
}
