package cn.gov.huaian.zjtx.matchmaking.needs;

import cn.gov.huaian.zjtx.matchmaking.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.matchmaking.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.matchmaking.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
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

/**
 * 技术需求 REST API. An enterprise user sees its own needs; everyone else sees open needs' public
 * summaries; admins see all.
 */
@Path("/api/v1/tech-needs")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class TechNeedResource {
  private final CurrentUser user;

  public TechNeedResource(CurrentUser user) {
    this.user = user;
  }

  @GET
  @Operation(summary = "技术需求列表（按权限过滤，分页） / Tech needs visible to the caller, paged")
  public PageView<TechNeedView> list(
      @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能小于 0") int page,
      @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页条数至少为 1")
          @Max(value = 200, message = "每页条数不能超过 200") int size) {
    Parameters params = new Parameters();
    String where = visibility(params);
    var query = TechNeed.<TechNeed>find(where, Sort.by("createdAt", Sort.Direction.Descending).and("id"), params);
    var items = query.page(page, size).list().stream().map(n -> TechNeedView.of(n, isOwner(n))).toList();
    return new PageView<>(items, page, size, query.count());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "技术需求详情 / One tech need")
  public TechNeedView get(@PathParam("id") UUID id) {
    Parameters params = Parameters.with("id", id);
    String where = "id = :id and (" + visibility(params) + ")";
    return TechNeed.<TechNeed>find(where, params)
        .firstResultOptional()
        .map(n -> TechNeedView.of(n, isOwner(n)))
        .orElseThrow(() -> ProblemException.notFound("技术需求"));
  }

  private String visibility(Parameters params) {
    if (user.isAdmin()) {
      return "true";
    }
    if (user.is(Roles.ENTERPRISE)) {
      params.and("own", user.enterpriseId().orElse(null));
      return "enterpriseId = :own";
    }
    params.and("open", TechNeed.Status.OPEN);
    return "status = :open";
  }

  private boolean isOwner(TechNeed need) {
    return user.is(Roles.ENTERPRISE) && user.enterpriseId().map(need.enterpriseId::equals).orElse(false);
  }
}
