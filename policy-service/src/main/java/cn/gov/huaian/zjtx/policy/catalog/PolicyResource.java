package cn.gov.huaian.zjtx.policy.catalog;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.web.PageParams;
import cn.gov.huaian.zjtx.platform.web.PageView;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** 惠企政策 REST API: published policies are readable by every signed-in user. */
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class PolicyResource {

  @GET
  @Operation(summary = "已发布的惠企政策（分页，默认仅现行） / Published policies, paged (in force by default)")
  public PageView<ProgramView> list(
      @Parameter(
              description =
                  "IN_FORCE（默认，现行）、HISTORY（历史版本）、ALL / in force (default), history or all")
          @QueryParam("lifecycle")
          String lifecycle,
      @BeanParam @Valid PageParams paging) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("kind", Program.Kind.POLICY);
    params.put("status", Program.Status.PUBLISHED);
    String where =
        "kind = :kind and status = :status"
            + ProgramCatalog.lifecycleClause(ProgramResource.lifecycleOf(lifecycle), params);
    var query = Program.<Program>find(where, Sort.by("title").and("id"), params);
    var items = query.page(paging.page, paging.size).list().stream().map(ProgramView::of).toList();
    return paging.of(items, query.count());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "政策详情 / One published policy")
  public ProgramView get(@PathParam("id") UUID id) {
    return Program.<Program>find(
            "id = :id and kind = :kind and status = :status",
            Map.of("id", id, "kind", Program.Kind.POLICY, "status", Program.Status.PUBLISHED))
        .firstResultOptional()
        .map(ProgramView::of)
        .orElseThrow(() -> ProblemException.notFound("政策"));
  }
}
