package cn.gov.huaian.zjtx.enterprise.registry;

import cn.gov.huaian.zjtx.enterprise.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.enterprise.platform.security.CurrentUser;
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

/** 企业库 REST API: the enterprises the caller may see. */
@Path("/api/v1/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class EnterpriseResource {
  private final CurrentUser user;
  private final EnterpriseAccess access;

  public EnterpriseResource(CurrentUser user, EnterpriseAccess access) {
    this.user = user;
    this.access = access;
  }

  @GET
  @Operation(summary = "企业列表（按权限过滤，分页） / Enterprises visible to the caller, paged")
  public PageView<EnterpriseView> list(
      @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能小于 0") int page,
      @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "每页条数至少为 1")
          @Max(value = 200, message = "每页条数不能超过 200") int size) {
    Parameters params = new Parameters();
    String where = access.visibleTo(user, params);
    var query = Enterprise.<Enterprise>find("from Enterprise e where " + where, Sort.by("name").and("id"), params);
    var items = query.page(page, size).list().stream().map(EnterpriseView::of).toList();
    return new PageView<>(items, page, size, query.count());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "企业详情 / One enterprise")
  public EnterpriseView get(@PathParam("id") UUID id) {
    if (!access.mayRead(user, id)) {
      throw ProblemException.notFound("企业");
    }
    return EnterpriseView.of(Enterprise.findById(id));
  }
}
