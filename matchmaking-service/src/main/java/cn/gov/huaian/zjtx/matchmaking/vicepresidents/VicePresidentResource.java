package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import cn.gov.huaian.zjtx.matchmaking.audit.AuditLog;
import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.experts.ExpertService;
import cn.gov.huaian.zjtx.matchmaking.needs.NeedAccess;
import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final CurrentUser user;
  private final NeedAccess access;
  private final ExpertService experts;
  private final AuditLog audit;

  public VicePresidentResource(
      CurrentUser user, NeedAccess access, ExpertService experts, AuditLog audit) {
    this.user = user;
    this.access = access;
    this.experts = experts;
    this.audit = audit;
  }

  /** A posting as written by the enterprise. */
  public record SeatRequest(
      UUID enterpriseId,
      String title,
      String description,
      List<String> nsfcCodes,
      String cluster,
      Integer seats) {}

  /** A posting as shown. */
  public record SeatView(
      UUID id,
      UUID enterpriseId,
      String title,
      String description,
      List<String> nsfcCodes,
      String cluster,
      int seats,
      String status) {
    static SeatView of(VpSeat s) {
      return new SeatView(
          s.id,
          s.enterpriseId,
          s.title,
          s.description,
          List.copyOf(s.nsfcCodes),
          s.cluster,
          s.seats,
          s.status);
    }
  }

  /** An application as written by the expert side. */
  public record ApplicationRequest(UUID expertId, String statement) {}

  /** An application as shown. */
  public record ApplicationView(
      UUID id, UUID seatId, UUID expertId, String statement, String status, Double score) {
    static ApplicationView of(VpApplication a) {
      return new ApplicationView(a.id, a.seatId, a.expertId, a.statement, a.status, a.score);
    }
  }

  /** The result of an assignment run, with the greedy total for comparison. */
  public record AssignmentView(
      List<ApplicationView> assigned,
      double totalScore,
      double greedyTotalScore,
      int applications) {}

  @POST
  @Path("/seats")
  @Transactional
  @Operation(summary = "企业发布科技副总岗位 / Post a 科技副总 seat")
  public RestResponse<SeatView> post(SeatRequest r) {
    if (r == null) {
      new Violations().add("body", "请求体不能为空").throwIfAny();
    }
    UUID enterprise =
        r.enterpriseId() != null ? r.enterpriseId() : user.enterpriseId().orElse(null);
    if (!access.canPostFor(enterprise)) {
      throw ProblemException.forbidden("企业只能为本企业发布科技副总岗位");
    }
    var v = new Violations();
    String title = v.requiredText("title", "岗位名称", r.title(), 100);
    String description = v.requiredText("description", "岗位说明", r.description(), 2000);
    v.eachOf("nsfcCodes", "学科代码", r.nsfcCodes(), 10, NsfcCodes.get()::exists, "不是有效的国家自然科学基金申请代码");
    if (r.cluster() != null && Cluster.parse(r.cluster()).isEmpty()) {
      v.add("cluster", "产业集群须为 7+3 集群之一");
    }
    if (r.seats() == null || r.seats() < 1 || r.seats() > 10) {
      v.add("seats", "席位数须在 1 到 10 之间");
    }
    v.throwIfAny();
    var s = new VpSeat();
    s.id = UUID.randomUUID();
    s.enterpriseId = enterprise;
    s.title = title;
    s.description = description;
    s.nsfcCodes = new ArrayList<>(r.nsfcCodes() == null ? List.of() : r.nsfcCodes());
    s.cluster = r.cluster() == null ? null : Cluster.parse(r.cluster()).orElseThrow().name();
    s.seats = r.seats();
    s.persist();
    audit.record(user.username(), "vp-seat.posted", "vp_seat", s.id, Map.of());
    return RestResponse.ResponseBuilder.<SeatView>created(
            java.net.URI.create("/api/v1/vice-presidents/seats/" + s.id))
        .entity(SeatView.of(s))
        .build();
  }

  @GET
  @Path("/seats")
  @Operation(summary = "开放的科技副总岗位 / Open seats")
  public List<SeatView> seats() {
    return VpSeat.<VpSeat>list("status = 'OPEN' order by createdAt desc").stream()
        .map(SeatView::of)
        .toList();
  }

  @POST
  @Path("/seats/{id}/applications")
  @Transactional
  @Operation(summary = "专家申请担任科技副总 / An expert applies for a seat")
  public RestResponse<ApplicationView> apply(@PathParam("id") UUID seatId, ApplicationRequest r) {
    VpSeat seat = VpSeat.findById(seatId);
    if (seat == null || !"OPEN".equals(seat.status)) {
      throw ProblemException.notFound("科技副总岗位");
    }
    UUID expertId = r != null && r.expertId() != null ? r.expertId() : user.expertId().orElse(null);
    Expert e = expertId == null ? null : Expert.findById(expertId);
    if (e == null || !experts.canManage(e)) {
      throw ProblemException.forbidden("只能以本人或本校专家的名义申请");
    }
    if (!e.willingVicePresident) {
      throw ProblemException.conflict("not-willing", "该专家档案未勾选“愿意担任科技副总”");
    }
    if (VpApplication.count("seatId = ?1 and expertId = ?2", seatId, e.id) > 0) {
      throw ProblemException.conflict("duplicate-application", "已申请过该岗位");
    }
    var v = new Violations();
    String statement = v.optionalText("statement", "申请说明", r == null ? null : r.statement(), 1000);
    v.throwIfAny();
    var a = new VpApplication();
    a.id = UUID.randomUUID();
    a.seatId = seatId;
    a.expertId = e.id;
    a.statement = statement;
    a.persist();
    audit.record(
        user.username(),
        "vp-application.submitted",
        "vp_application",
        a.id,
        Map.of("seatId", seatId.toString()));
    return RestResponse.ResponseBuilder.<ApplicationView>created(
            java.net.URI.create("/api/v1/vice-presidents/applications/" + a.id))
        .entity(ApplicationView.of(a))
        .build();
  }

  @POST
  @Path("/assignment")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @Operation(summary = "计算总匹配度最优的科技副总分配（最小费用流） / Optimal assignment (min-cost flow), admin")
  public AssignmentView assign(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    List<VpApplication> applications =
        VpApplication.list(
            "status = 'PENDING' and seatId in (select s.id from VpSeat s where s.status = 'OPEN')");
    Map<UUID, VpSeat> seats = new HashMap<>();
    Map<UUID, Expert> byId = new HashMap<>();
    var pairs = new ArrayList<Assignment.Pair<UUID, UUID>>();
    Map<List<UUID>, VpApplication> byPair = new HashMap<>();
    for (VpApplication a : applications) {
      VpSeat s = seats.computeIfAbsent(a.seatId, id -> VpSeat.findById(id));
      Expert e = byId.computeIfAbsent(a.expertId, id -> Expert.findById(id));
      a.score = score(s, e);
      pairs.add(new Assignment.Pair<>(e.id, s.id, a.score));
      byPair.put(List.of(e.id, s.id), a);
    }
    Map<UUID, Integer> expertCap = new HashMap<>();
    byId.values().forEach(e -> expertCap.put(e.id, Math.max(0, e.capacity)));
    Map<UUID, Integer> seatCap = new HashMap<>();
    seats.values().forEach(s -> seatCap.put(s.id, s.seats));
    var chosen = Assignment.optimal(pairs, expertCap, seatCap);
    var greedy = Assignment.greedy(pairs, expertCap, seatCap);
    var assigned = new ArrayList<ApplicationView>();
    var chosenKeys = new java.util.HashSet<List<UUID>>();
    for (var p : chosen) {
      chosenKeys.add(List.of(p.expert(), p.seat()));
    }
    for (var entry : byPair.entrySet()) {
      VpApplication a = entry.getValue();
      boolean won = chosenKeys.contains(entry.getKey());
      if (!dryRun) {
        a.status = won ? "ASSIGNED" : "NOT_ASSIGNED";
      }
      if (won) {
        assigned.add(ApplicationView.of(a));
      }
    }
    if (!dryRun) {
      audit.record(
          user.username(),
          "vp-assignment.run",
          "vp_seat",
          new UUID(0, 0),
          Map.of(
              "applications",
              applications.size(),
              "assigned",
              assigned.size(),
              "total",
              Assignment.total(chosen)));
    }
    return new AssignmentView(
        assigned,
        round(Assignment.total(chosen)),
        round(Assignment.total(greedy)),
        applications.size());
  }

  /** Semantic similarity of posting and profile, plus shared disciplines and cluster fit. */
  static double score(VpSeat s, Expert e) {
    float[] seatVector = Embedder.shared().embedDocument(s.title + "\n" + s.description);
    float[] expertVector =
        e.embedding != null ? e.embedding : Embedder.shared().embedDocument(e.matchText());
    double semantic = Math.max(0, Embedder.cosine(seatVector, expertVector));
    double discipline = disciplineOverlap(s.nsfcCodes, e.disciplines);
    double cluster = s.cluster != null && e.clusters.contains(s.cluster) ? 1 : 0;
    return round(semantic + 0.35 * discipline + 0.2 * cluster);
  }

  private static double disciplineOverlap(List<String> mine, List<String> theirs) {
    if (mine.isEmpty() || theirs.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String a : mine) {
      sum += theirs.stream().mapToDouble(b -> NsfcCodes.closeness(a, b)).max().orElse(0);
    }
    return sum / mine.size();
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
