package cn.gov.huaian.zjtx.policy.simulation;

import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.policy.simulation.SimulationDtos.SimulationRequest;
import cn.gov.huaian.zjtx.policy.simulation.SimulationDtos.SimulationResult;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 政策模拟（管理员）: how many enterprises a draft would reach, at what cost, where, against the current
 * version.
 */
@Path("/api/v1/simulations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class SimulationResource {
  private final Simulator simulator;

  public SimulationResource(Simulator simulator) {
    this.simulator = simulator;
  }

  @POST
  @Operation(summary = "模拟草案项目（不发布、不推送） / Simulate a draft program against all enterprises (admin)")
  public SimulationResult simulate(@NotNull(message = "请求体不能为空") SimulationRequest request) {
    return simulator.simulate(request);
  }
}
