package cn.gov.huaian.zjtx.enterprise.pools;

import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseAccess;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 培育库 REST API: an enterprise's dated entries and exits. */
@Path("/api/v1/enterprises/{id}/pools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class EnterprisePoolResource {
  private final CurrentUser user;
  private final EnterpriseAccess access;
  private final PoolService service;
  private final EntityManager em;

  public EnterprisePoolResource(
      CurrentUser user, EnterpriseAccess access, PoolService service, EntityManager em) {
    this.user = user;
    this.access = access;
    this.service = service;
    this.em = em;
  }

  @GET
  @Operation(summary = "企业的入库、出库记录 / An enterprise's pool history")
  public List<PoolResource.EntryView> history(@PathParam("id") UUID id) {
    if (!access.mayRead(user, id)) {
      throw ProblemException.notFound("企业");
    }
    Map<String, String> names = PoolResource.names();
    return service.history(id).stream().map(e -> PoolResource.EntryView.of(e, names)).toList();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "企业入库（注明日期与原因） / Put an enterprise into a pool")
  public Response enter(@PathParam("id") UUID id, PoolService.Entry body) {
    return Response.status(201)
        .entity(
            PoolResource.EntryView.of(
                service.enter(id, body, user.username()), PoolResource.names()))
        .build();
  }

  @POST
  @Path("/{entryId}/exit")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "企业出库（注明日期与原因） / Take an enterprise out of a pool")
  public PoolResource.EntryView exit(
      @PathParam("id") UUID id, @PathParam("entryId") UUID entryId, PoolService.Exit body) {
    return PoolResource.EntryView.of(service.exit(id, entryId, body), PoolResource.names());
  }
}
