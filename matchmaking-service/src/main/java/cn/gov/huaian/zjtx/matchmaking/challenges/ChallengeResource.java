package cn.gov.huaian.zjtx.matchmaking.challenges;

import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.BidRequest;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.BidView;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.ChallengeRequest;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.ChallengeView;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.PublishRequest;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.ScoreRequest;
import cn.gov.huaian.zjtx.platform.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * 揭榜比拼 REST API: admins publish problems, university teams bid, admins score and publish winners.
 */
@Path("/api/v1/challenges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class ChallengeResource {
  private final ChallengeService service;

  public ChallengeResource(ChallengeService service) {
    this.service = service;
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "发布揭榜题目（管理员） / Publish a problem on a list (admin)")
  public RestResponse<ChallengeView> publishProblem(ChallengeRequest r) {
    Challenge c = service.publishProblem(r);
    return RestResponse.ResponseBuilder.<ChallengeView>created(
            URI.create("/api/v1/challenges/" + c.id))
        .entity(ChallengeView.of(c))
        .build();
  }

  @GET
  @Operation(summary = "揭榜题目列表 / Problems on the lists")
  public List<ChallengeView> list() {
    return service.list().stream().map(ChallengeView::of).toList();
  }

  @POST
  @Path("/{id}/bids")
  @Operation(summary = "团队揭榜（高校为本校团队） / A university team bids")
  public RestResponse<BidView> bid(@PathParam("id") UUID id, BidRequest r) {
    ChallengeBid b = service.bid(id, r);
    return RestResponse.ResponseBuilder.<BidView>created(
            URI.create("/api/v1/challenges/" + id + "/bids/" + b.id))
        .entity(service.views(List.of(b)).getFirst())
        .build();
  }

  @GET
  @Path("/{id}/bids")
  @Operation(
      summary =
          "揭榜方案（管理员看全部，高校看本校；公布后所有人可见获胜团队与得分，方案内容不公开） / Bids: all for admins, own"
              + " for a university; after publication the winners (without proposals) for everyone")
  public List<BidView> bids(@PathParam("id") UUID id) {
    return service.bidsVisibleToCurrentUser(id);
  }

  @POST
  @Path("/{id}/bids/{bid}/score")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "评审打分（0–100，管理员） / Score a bid (admin)")
  public BidView score(@PathParam("id") UUID id, @PathParam("bid") UUID bidId, ScoreRequest r) {
    return service.views(List.of(service.score(id, bidId, r))).getFirst();
  }

  @POST
  @Path("/{id}/publish")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "公布揭榜结果（管理员） / Publish the winners (admin)")
  public List<BidView> publishWinners(@PathParam("id") UUID id, PublishRequest r) {
    return service.views(service.publishWinners(id, r));
  }
}
