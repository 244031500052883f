package cn.gov.huaian.zjtx.matchmaking.challenges;

import cn.gov.huaian.zjtx.matchmaking.audit.AuditLog;
import cn.gov.huaian.zjtx.matchmaking.experts.ExpertService;
import cn.gov.huaian.zjtx.matchmaking.experts.ResearchTeam;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final CurrentUser user;
  private final ExpertService experts;
  private final AuditLog audit;

  public ChallengeResource(CurrentUser user, ExpertService experts, AuditLog audit) {
    this.user = user;
    this.experts = experts;
    this.audit = audit;
  }

  /** A problem as an admin publishes it. */
  public record ChallengeRequest(
      String listName, String title, String description, BigDecimal reward, LocalDate deadline) {}

  /** A problem as shown. */
  public record ChallengeView(
      UUID id,
      String listName,
      String title,
      String description,
      BigDecimal reward,
      LocalDate deadline,
      String status) {
    static ChallengeView of(Challenge c) {
      return new ChallengeView(
          c.id, c.listName, c.title, c.description, c.reward, c.deadline, c.status.name());
    }
  }

  /** A bid as a university office writes it for one of its teams. */
  public record BidRequest(UUID teamId, String proposal) {}

  /** A bid as shown. */
  public record BidView(
      UUID id, UUID challengeId, UUID teamId, String proposal, BigDecimal score, boolean winner) {
    static BidView of(ChallengeBid b) {
      return new BidView(b.id, b.challengeId, b.teamId, b.proposal, b.score, b.winner);
    }
  }

  /** A score given by the review panel. */
  public record ScoreRequest(BigDecimal score) {}

  /** How many places win, and the pass mark below which nobody wins. */
  public record PublishRequest(Integer places, BigDecimal passMark) {}

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Transactional
  @Operation(summary = "发布揭榜题目（管理员） / Publish a problem on a list (admin)")
  public RestResponse<ChallengeView> publishProblem(ChallengeRequest r) {
    if (r == null) {
      new Violations().add("body", "请求体不能为空").throwIfAny();
    }
    var v = new Violations();
    String list = v.requiredText("listName", "榜单名称", r.listName(), 100);
    String title = v.requiredText("title", "题目名称", r.title(), 200);
    String description = v.requiredText("description", "题目说明", r.description(), 5000);
    if (r.reward() == null) {
      v.add("reward", "奖励金额不能为空");
    } else {
      v.money("reward", "奖励金额", r.reward());
    }
    if (r.deadline() == null || r.deadline().isBefore(LocalDate.now(SHANGHAI))) {
      v.add("deadline", "截止日期不能为空且不能早于今天");
    }
    v.throwIfAny();
    var c = new Challenge();
    c.id = UUID.randomUUID();
    c.listName = list;
    c.title = title;
    c.description = description;
    c.reward = r.reward();
    c.deadline = r.deadline();
    c.persist();
    audit.record(user.username(), "challenge.published", "challenge", c.id, Map.of("list", list));
    return RestResponse.ResponseBuilder.<ChallengeView>created(
            URI.create("/api/v1/challenges/" + c.id))
        .entity(ChallengeView.of(c))
        .build();
  }

  @GET
  @Operation(summary = "揭榜题目列表 / Problems on the lists")
  public List<ChallengeView> list() {
    return Challenge.<Challenge>list("order by deadline, id").stream()
        .map(ChallengeView::of)
        .toList();
  }

  @POST
  @Path("/{id}/bids")
  @Transactional
  @Operation(summary = "团队揭榜（高校为本校团队） / A university team bids")
  public RestResponse<BidView> bid(@PathParam("id") UUID id, BidRequest r) {
    Challenge c =
        Challenge.<Challenge>findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("揭榜题目"));
    if (c.status != Challenge.Status.OPEN || c.deadline.isBefore(LocalDate.now(SHANGHAI))) {
      throw ProblemException.conflict("challenge-closed", "该题目已截止揭榜");
    }
    var v = new Violations();
    if (r == null || r.teamId() == null) {
      v.add("teamId", "须指明揭榜团队");
    }
    String proposal = r == null ? null : v.requiredText("proposal", "揭榜方案", r.proposal(), 5000);
    v.throwIfAny();
    ResearchTeam team = ResearchTeam.findById(r.teamId());
    if (team == null || !experts.canManageUniversity(team.universityId)) {
      throw ProblemException.forbidden("只能以本校科研团队的名义揭榜");
    }
    if (ChallengeBid.count("challengeId = ?1 and teamId = ?2", id, team.id) > 0) {
      throw ProblemException.conflict("duplicate-bid", "该团队已揭榜");
    }
    var b = new ChallengeBid();
    b.id = UUID.randomUUID();
    b.challengeId = id;
    b.teamId = team.id;
    b.proposal = proposal;
    b.persist();
    audit.record(
        user.username(),
        "challenge.bid",
        "challenge_bid",
        b.id,
        Map.of("challengeId", id.toString()));
    return RestResponse.ResponseBuilder.<BidView>created(
            URI.create("/api/v1/challenges/" + id + "/bids/" + b.id))
        .entity(BidView.of(b))
        .build();
  }

  @GET
  @Path("/{id}/bids")
  @Operation(summary = "揭榜方案（管理员看全部，高校看本校） / Bids: all for admins, own for a university")
  public List<BidView> bids(@PathParam("id") UUID id) {
    Challenge c =
        Challenge.<Challenge>findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("揭榜题目"));
    List<ChallengeBid> all = ChallengeBid.list("challengeId = ?1 order by createdAt", c.id);
    if (user.isAdmin() || c.status == Challenge.Status.PUBLISHED) {
      return all.stream().map(BidView::of).toList();
    }
    return all.stream()
        .filter(
            b -> {
              ResearchTeam t = ResearchTeam.findById(b.teamId);
              return t != null && experts.canManageUniversity(t.universityId);
            })
        .map(BidView::of)
        .toList();
  }

  @POST
  @Path("/{id}/bids/{bid}/score")
  @RolesAllowed(Roles.ADMIN)
  @Transactional
  @Operation(summary = "评审打分（0–100，管理员） / Score a bid (admin)")
  public BidView score(@PathParam("id") UUID id, @PathParam("bid") UUID bidId, ScoreRequest r) {
    Challenge c =
        Challenge.<Challenge>findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("揭榜题目"));
    ChallengeBid b =
        ChallengeBid.<ChallengeBid>findByIdOptional(bidId)
            .filter(x -> x.challengeId.equals(id))
            .orElseThrow(() -> ProblemException.notFound("揭榜方案"));
    if (c.status == Challenge.Status.PUBLISHED) {
      throw ProblemException.conflict("already-published", "结果已公布，不能再改分");
    }
    if (r == null
        || r.score() == null
        || r.score().compareTo(BigDecimal.ZERO) < 0
        || r.score().compareTo(new BigDecimal("100")) > 0
        || r.score().scale() > 2) {
      new Violations().add("score", "评分须为 0–100，最多两位小数").throwIfAny();
    }
    b.score = r.score();
    c.status = Challenge.Status.SCORING;
    audit.record(
        user.username(), "challenge.scored", "challenge_bid", b.id, Map.of("score", r.score()));
    return BidView.of(b);
  }

  @POST
  @Path("/{id}/publish")
  @RolesAllowed(Roles.ADMIN)
  @Transactional
  @Operation(summary = "公布揭榜结果（管理员） / Publish the winners (admin)")
  public List<BidView> publishWinners(@PathParam("id") UUID id, PublishRequest r) {
    Challenge c =
        Challenge.<Challenge>findByIdOptional(id)
            .orElseThrow(() -> ProblemException.notFound("揭榜题目"));
    if (c.status == Challenge.Status.PUBLISHED) {
      throw ProblemException.conflict("already-published", "结果已公布");
    }
    List<ChallengeBid> bids = ChallengeBid.list("challengeId", id);
    if (bids.stream().anyMatch(b -> b.score == null)) {
      throw ProblemException.conflict("unscored-bids", "仍有揭榜方案未评分");
    }
    int places = r == null || r.places() == null ? 1 : r.places();
    BigDecimal pass = r == null || r.passMark() == null ? new BigDecimal("60") : r.passMark();
    if (places < 1 || places > 20) {
      new Violations().add("places", "获胜名额须在 1 到 20 之间").throwIfAny();
    }
    var winners =
        Winners.pick(
            bids.stream().map(b -> new Winners.Scored(b.id, b.score)).toList(), places, pass);
    for (ChallengeBid b : bids) {
      b.winner = winners.contains(b.id);
    }
    c.status = Challenge.Status.PUBLISHED;
    audit.record(
        user.username(),
        "challenge.winners-published",
        "challenge",
        c.id,
        Map.of("winners", winners.size()));
    return bids.stream().filter(b -> b.winner).map(BidView::of).toList();
  }
}
