package cn.gov.huaian.zjtx.matchmaking.feedback;

import cn.gov.huaian.zjtx.matchmaking.ranking.WeightsVersion;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The learnt ranking weights: their versions, a learning run now, and the one-call rollback. */
@Path("/api/v1/admin/matchmaking/ranking-weights")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class RankingWeightsResource {
  private final WeightLearning learning;
  private final CurrentUser user;

  public RankingWeightsResource(WeightLearning learning, CurrentUser user) {
    this.learning = learning;
    this.user = user;
  }

  @GET
  @Operation(summary = "排序权重的各个版本 / Versions of the learnt ranking weights")
  public List<WeightsVersion> versions() {
    return learning.versions();
  }

  @POST
  @Path("/learn")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "立即从匹配反馈学习（夜间任务的同一步骤） / Learn from feedback now")
  public WeightLearning.Run learn() {
    return learning.learn(user.username());
  }

  @POST
  @Path("/rollback")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "回滚到上一个版本（或配置的默认权重） / Roll back to the previous weights")
  public WeightLearning.Rollback rollback() {
    return learning.rollback(user.username());
  }
}
