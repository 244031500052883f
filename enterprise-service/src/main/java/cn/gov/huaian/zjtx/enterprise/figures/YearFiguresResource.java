package cn.gov.huaian.zjtx.enterprise.figures;

import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseAccess;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.web.ETags;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 年度指标 REST API: an enterprise's figures by year, with derived figures computed. */
@Path("/api/v1/enterprises/{id}/figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class YearFiguresResource {
  private final CurrentUser user;
  private final EnterpriseAccess access;
  private final YearFiguresService service;

  public YearFiguresResource(
      CurrentUser user, EnterpriseAccess access, YearFiguresService service) {
    this.user = user;
    this.access = access;
    this.service = service;
  }

  @GET
  @Operation(summary = "各年度指标及派生指标 / Figures of every year, with derived figures")
  public List<FiguresView> list(@PathParam("id") UUID id) {
    requireRead(id);
    return service.list(id);
  }

  @GET
  @Path("/{year}")
  @Operation(summary = "某年度指标（带 ETag） / One year's figures")
  public Response get(@PathParam("id") UUID id, @PathParam("year") int year) {
    requireRead(id);
    FiguresView v = service.get(id, year);
    return Response.ok(v).header(HttpHeaders.ETAG, ETags.of(v.version())).build();
  }

  @PUT
  @Path("/{year}")
  @Operation(summary = "填报或修改某年度指标（修改须带 If-Match） / Enter or replace one year's figures")
  public Response put(
      @PathParam("id") UUID id,
      @PathParam("year") int year,
      Figures body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    access.requireWrite(user, id);
    Figures f = service.validate(year, body);
    Long expected = ifMatch == null || ifMatch.isBlank() ? null : ETags.required(ifMatch);
    FiguresView v = service.put(id, f, expected);
    return Response.ok(v).header(HttpHeaders.ETAG, ETags.of(v.version())).build();
  }

  private void requireRead(UUID id) {
    if (!access.mayRead(user, id)) {
      throw ProblemException.notFound("企业");
    }
  }
}
