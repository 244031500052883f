package cn.gov.huaian.zjtx.enterprise.events;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 重新发布企业快照（管理员）：for a consumer whose read model was reset or that is new. */
@Path("/api/v1/enterprises/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class SnapshotReplayResource {
  private final SnapshotReplay replay;

  public SnapshotReplayResource(SnapshotReplay replay) {
    this.replay = replay;
  }

  @POST
  @Path("/replay")
  @Operation(
      summary = "重新发布全部企业快照（后台任务） / Publish every enterprise's snapshot again, in the background")
  public Response replay() {
    if (!replay.start()) {
      throw new ProblemException(409, "replay-running", "任务进行中", "快照重新发布任务正在进行，请稍后再试");
    }
    return Response.accepted(Map.of("status", "STARTED", "message", "已开始重新发布全部企业快照")).build();
  }
}
