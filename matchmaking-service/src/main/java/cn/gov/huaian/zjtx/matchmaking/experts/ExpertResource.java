package cn.gov.huaian.zjtx.matchmaking.experts;

import cn.gov.huaian.zjtx.matchmaking.needs.PageView;
import cn.gov.huaian.zjtx.matchmaking.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 专家 REST API: experts' public profiles. */
@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class ExpertResource {

  @GET
  @Operation(summary = "专家列表（分页） / Experts' public profiles, paged")
  public PageView<ExpertView> list(
      @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能小于 0") int page,
      @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页条数至少为 1")
          @Max(value = 200, message = "每页条数不能超过 200") int size) {
    var query = Expert.<Expert>findAll(Sort.by("name").and("id"));
    var items = query.page(page, size).list().stream().map(ExpertView::of).toList();
    return new PageView<>(items, page, size, query.count());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "专家详情 / One expert's public profile")
  public ExpertView get(@PathParam("id") UUID id) {
    return Expert.<Expert>findByIdOptional(id)
        .map(ExpertView::of)
        .orElseThrow(() -> ProblemException.notFound("专家"));
  }
}
