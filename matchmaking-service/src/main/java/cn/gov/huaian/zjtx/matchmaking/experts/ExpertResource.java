package cn.gov.huaian.zjtx.matchmaking.experts;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.web.PageParams;
import cn.gov.huaian.zjtx.platform.web.PageView;
import cn.gov.huaian.zjtx.platform.web.Tagged;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** 专家 REST API: experts' public profiles; universities write their own experts. */
@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class ExpertResource {
  private final ExpertService service;

  public ExpertResource(ExpertService service) {
    this.service = service;
  }

  @GET
  @Operation(summary = "专家列表（分页，可按高校过滤） / Experts' public profiles, paged")
  public PageView<ExpertView> list(
      @QueryParam("universityId") UUID universityId, @BeanParam @Valid PageParams paging) {
    var sort = Sort.by("name").and("id");
    var query =
        universityId == null
            ? Expert.<Expert>findAll(sort)
            : Expert.<Expert>find("universityId = :u", sort, Map.of("u", universityId));
    var items = query.page(paging.page, paging.size).list().stream().map(ExpertView::of).toList();
    return paging.of(items, query.count());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "专家详情 / One expert's public profile")
  public RestResponse<ExpertView> get(@PathParam("id") UUID id) {
    Expert e =
        Expert.<Expert>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("专家"));
    return Tagged.ok(ExpertView.of(e), e.version);
  }

  @POST
  @Operation(summary = "登记专家（高校为本校） / Register an expert; accepts Idempotency-Key")
  public RestResponse<ExpertView> create(
      ExpertRequest body, @HeaderParam("Idempotency-Key") String key) {
    Expert e = service.create(body, key);
    return Tagged.created(URI.create("/api/v1/experts/" + e.id), ExpertView.of(e), e.version);
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "修改专家档案（须带 If-Match） / Update an expert; requires If-Match")
  public RestResponse<ExpertView> update(
      @PathParam("id") UUID id, ExpertRequest body, @HeaderParam("If-Match") String ifMatch) {
    Expert e = service.update(id, body, ifMatch);
    return Tagged.ok(ExpertView.of(e), e.version);
  }
}
