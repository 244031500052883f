package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.ApplicationRequest;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.ApplicationView;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.AssignmentView;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.OwnSeatView;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.SeatRequest;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.SeatView;
import cn.gov.huaian.zjtx.platform.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * 科技副总 REST API: postings by enterprises, applications by experts, an optimal assignment by admins.
 */
@Path("/api/v1/vice-presidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class VicePresidentResource {
  private final VicePresidentService service;

  public VicePresidentResource(VicePresidentService service) {
    this.service = service;
  }

  @POST
  @Path("/seats")
  @Operation(summary = "企业发布科技副总岗位 / Post a 科技副总 seat")
  public RestResponse<SeatView> post(SeatRequest r) {
    VpSeat s = service.post(r);
    return RestResponse.ResponseBuilder.<SeatView>created(
            URI.create("/api/v1/vice-presidents/seats/" + s.id))
        .entity(service.view(s))
        .build();
  }

  @GET
  @Path("/seats")
  @Operation(summary = "开放的科技副总岗位 / Open seats")
  public List<SeatView> seats() {
    return service.openSeats();
  }

  @GET
  @Path("/seats/mine")
  @Operation(summary = "本企业的科技副总岗位及申请情况 / The firm's own seats with their applications")
  public List<OwnSeatView> mine(@QueryParam("enterpriseId") UUID enterpriseId) {
    return service.ownSeats(enterpriseId);
  }

  @GET
  @Path("/applications/mine")
  @Operation(summary = "专家本人的科技副总申请 / The calling expert's applications")
  public List<ApplicationView> myApplications() {
    return service.myApplications().stream().map(ApplicationView::of).toList();
  }

  @POST
  @Path("/seats/{id}/applications")
  @Operation(summary = "专家申请担任科技副总 / An expert applies for a seat")
  public RestResponse<ApplicationView> apply(@PathParam("id") UUID seatId, ApplicationRequest r) {
    VpApplication a = service.apply(seatId, r);
    return RestResponse.ResponseBuilder.<ApplicationView>created(
            URI.create("/api/v1/vice-presidents/applications/" + a.id))
        .entity(ApplicationView.of(a))
        .build();
  }

  @POST
  @Path("/assignment")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "计算总匹配度最优的科技副总分配（最小费用流；已分配的席位与专家容量不再重复使用，满员岗位关闭） / Optimal assignment"
              + " (min-cost flow) over the places earlier runs left, admin")
  public AssignmentView assign(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return service.assign(dryRun);
  }
}
