package cn.gov.huaian.zjtx.matchmaking.teams;

import cn.gov.huaian.zjtx.matchmaking.needs.NeedAccess;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** 组队建议: a small team composed for a need, for whoever may see the need's matches. */
@Path("/api/v1/tech-needs/{id}/team-proposal")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class TeamProposalResource {
  private final NeedAccess access;
  private final TeamProposalService service;

  public TeamProposalResource(NeedAccess access, TeamProposalService service) {
    this.access = access;
    this.service = service;
  }

  @GET
  @Operation(
      summary =
          "为需求组建专家团队（识别需求涉及的技术方面，2–4 人、至多两所高校、考虑余力与合作关系，逐人说明分工理由） / A team of 2–4 experts composed for a need's facets, each member with the reason they are there")
  public TeamProposal propose(
      @PathParam("id") UUID id,
      @QueryParam("maxMembers")
          @DefaultValue("4")
          @Min(value = 2, message = "团队人数上限至少为 2")
          @Max(value = 4, message = "团队人数上限不能超过 4")
          @Parameter(description = "团队人数上限 2–4，默认 4 / at most this many members")
          int maxMembers,
      @QueryParam("maxUniversities")
          @DefaultValue("2")
          @Min(value = 1, message = "高校数量上限至少为 1")
          @Max(value = 2, message = "高校数量上限不能超过 2")
          @Parameter(description = "团队成员所属高校数量上限 1–2，默认 2 / at most this many universities")
          int maxUniversities) {
    TechNeed need = TechNeed.findById(id);
    if (need == null || !access.canSee(need)) {
      throw ProblemException.notFound("技术需求");
    }
    if (!access.canManage(need)) {
      throw ProblemException.forbidden("只有需求所属企业、其服务专员或管理员可以查看组队建议");
    }
    return service.propose(need, maxMembers, maxUniversities);
  }
}
