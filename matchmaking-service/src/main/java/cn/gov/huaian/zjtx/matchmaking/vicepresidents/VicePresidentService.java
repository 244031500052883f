package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import cn.gov.huaian.zjtx.matchmaking.audit.AuditLog;
import cn.gov.huaian.zjtx.matchmaking.enterprises.KnownEnterprises;
import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.experts.ExpertService;
import cn.gov.huaian.zjtx.matchmaking.experts.University;
import cn.gov.huaian.zjtx.matchmaking.needs.NeedAccess;
import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.ApplicationRequest;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.ApplicationView;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.AssignmentView;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.OwnSeatView;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.Proposal;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.SeatRequest;
import cn.gov.huaian.zjtx.matchmaking.vicepresidents.VpDtos.SeatView;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** 科技副总 postings, applications and assignment runs: loading, checking and saving. */
@ApplicationScoped
public class VicePresidentService {
  private final CurrentUser user;
  private final NeedAccess access;
  private final ExpertService experts;
  private final AuditLog audit;
  private final KnownEnterprises enterprises;

  /** 任期 when the firm gives none: the middle of the usual one to three years. */
  static final int DEFAULT_TERM_MONTHS = 24;

  public VicePresidentService(
      CurrentUser user,
      NeedAccess access,
      ExpertService experts,
      AuditLog audit,
      KnownEnterprises enterprises) {
    this.user = user;
    this.access = access;
    this.experts = experts;
    this.audit = audit;
    this.enterprises = enterprises;
  }

  @Transactional
  public VpSeat post(SeatRequest r) {
    if (r == null) {
      new Violations().add("body", "请求体不能为空").throwIfAny();
    }
    UUID enterprise =
        r.enterpriseId() != null ? r.enterpriseId() : user.enterpriseId().orElse(null);
    if (!access.canPostFor(enterprise)) {
      throw ProblemException.forbidden("企业只能为本企业发布科技副总岗位");
    }
    var v = new Violations();
    String title = v.requiredName("title", "岗位名称", r.title(), 1, 100);
    String description = v.requiredText("description", "岗位说明", r.description(), 2000);
    v.eachOf("nsfcCodes", "学科代码", r.nsfcCodes(), 10, NsfcCodes.get()::exists, "不是有效的国家自然科学基金申请代码");
    if (r.cluster() != null && Cluster.parse(r.cluster()).isEmpty()) {
      v.add("cluster", "产业集群须为 7+3 集群之一");
    }
    if (r.seats() == null || r.seats() < 1 || r.seats() > 10) {
      v.add("seats", "席位数须在 1 到 10 之间");
    }
    String product = v.optionalText("mainProductLine", "主导产品", r.mainProductLine(), 200);
    if (product == null) {
      product =
          enterprises.profile(enterprise).map(KnownEnterprises.Profile::mainProduct).orElse(null);
      if (product == null || product.isBlank()) {
        v.add("mainProductLine", "请填写主导产品（企业档案中也没有登记主导产品）");
      }
    }
    String plan = v.requiredText("developmentPlan", "发展规划", r.developmentPlan(), 1000);
    if (r.termMonths() != null && (r.termMonths() < 6 || r.termMonths() > 60)) {
      v.add("termMonths", "任期须在 6 到 60 个月之间（科技副总通常任期 1–3 年）");
    }
    if (r.daysPerMonth() != null && (r.daysPerMonth() < 1 || r.daysPerMonth() > 22)) {
      v.add("daysPerMonth", "每月到企天数须在 1 到 22 之间");
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
    s.mainProductLine = product;
    s.developmentPlan = plan;
    s.termMonths = r.termMonths() == null ? DEFAULT_TERM_MONTHS : r.termMonths();
    s.daysPerMonth = r.daysPerMonth();
    s.persist();
    audit.record(user.username(), "vp-seat.posted", "vp_seat", s.id, Map.of());
    return s;
  }

  /** The open postings, newest first, with their firms' names. */
  public List<SeatView> openSeats() {
    List<VpSeat> seats = VpSeat.list("status = 'OPEN' order by createdAt desc");
    var names = enterprises.names(seats.stream().map(s -> s.enterpriseId).distinct().toList());
    return seats.stream().map(s -> SeatView.of(s, names.get(s.enterpriseId))).toList();
  }

  /** One posting as shown. */
  public SeatView view(VpSeat s) {
    return SeatView.of(s, enterprises.names(List.of(s.enterpriseId)).get(s.enterpriseId));
  }

  /** The firm's own postings, open and closed, newest first; {@code enterpriseId} for admins. */
  public List<OwnSeatView> ownSeats(UUID enterpriseId) {
    UUID enterprise = enterpriseId != null ? enterpriseId : user.enterpriseId().orElse(null);
    if (enterprise == null || !access.canPostFor(enterprise)) {
      throw ProblemException.forbidden("只能查看本企业的科技副总岗位");
    }
    List<VpSeat> seats = VpSeat.list("enterpriseId = ?1 order by createdAt desc", enterprise);
    String name = enterprises.names(List.of(enterprise)).get(enterprise);
    return seats.stream().map(s -> ownSeat(s, name)).toList();
  }

  private static OwnSeatView ownSeat(VpSeat s, String enterpriseName) {
    List<VpApplication> applications = VpApplication.list("seatId", s.id);
    List<String> assigned =
        applications.stream()
            .filter(a -> "ASSIGNED".equals(a.status))
            .map(a -> Expert.<Expert>findById(a.expertId))
            .map(e -> e == null ? "（专家已删除）" : e.name)
            .toList();
    return new OwnSeatView(SeatView.of(s, enterpriseName), applications.size(), assigned);
  }

  /** The calling expert's applications, newest first (none for a user who is not an expert). */
  public List<VpApplication> myApplications() {
    return user.expertId()
        .map(id -> VpApplication.<VpApplication>list("expertId = ?1 order by createdAt desc", id))
        .orElse(List.of());
  }

  @Transactional
  public VpApplication apply(UUID seatId, ApplicationRequest r) {
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
    return a;
  }

  /**
   * Runs the assignment over the pending applications to open seats. Places and capacity already
   * taken by earlier runs are not offered again; a seat whose places are all taken closes.
   */
  @Transactional
  public AssignmentView assign(boolean dryRun) {
    List<VpApplication> pending =
        VpApplication.list(
            "status = 'PENDING' and seatId in (select s.id from VpSeat s where s.status = 'OPEN')");
    Map<UUID, VpSeat> seats = new HashMap<>();
    Map<UUID, Expert> byId = new HashMap<>();
    Map<UUID, SeatScoring.SeatSide> seatSides = new HashMap<>();
    Map<UUID, String> cities = new HashMap<>();
    var candidates = new ArrayList<AssignmentRound.Candidate>();
    Map<UUID, VpApplication> byApplication = new HashMap<>();
    Map<UUID, SeatFit> fits = new HashMap<>();
    for (VpApplication a : pending) {
      VpSeat s = seats.computeIfAbsent(a.seatId, id -> VpSeat.findById(id));
      Expert e = byId.computeIfAbsent(a.expertId, id -> Expert.findById(id));
      SeatFit fit =
          SeatScoring.fit(
              s,
              seatSides.computeIfAbsent(s.id, id -> seatSide(s)),
              e,
              cities.computeIfAbsent(e.universityId, VicePresidentService::cityOf));
      a.score = fit.score();
      fits.put(a.id, fit);
      candidates.add(new AssignmentRound.Candidate(a.id, e.id, s.id, a.score));
      byApplication.put(a.id, a);
    }
    var decision =
        AssignmentRound.decide(
            seats.values().stream().map(VicePresidentService::seatOf).toList(),
            byId.values().stream().map(VicePresidentService::expertOf).toList(),
            candidates);
    if (dryRun) {
      // A dry run shows the scores it computed but writes nothing, not even them.
      io.quarkus.narayana.jta.QuarkusTransaction.setRollbackOnly();
    } else {
      record(decision, byApplication, seats);
    }
    return new AssignmentView(
        decision.assigned().stream()
            .map(c -> ApplicationView.of(byApplication.get(c.application())))
            .toList(),
        SeatScoring.round(decision.total()),
        SeatScoring.round(decision.greedyTotal()),
        pending.size(),
        dryRun,
        decision.assigned().stream()
            .map(
                c ->
                    proposal(
                        c, seats.get(c.seat()), byId.get(c.expert()), fits.get(c.application())))
            .sorted(Comparator.comparingDouble(Proposal::score).reversed())
            .toList());
  }

  private SeatScoring.SeatSide seatSide(VpSeat s) {
    return SeatScoring.seatSide(
        s,
        enterprises
            .profile(s.enterpriseId)
            .map(KnownEnterprises.Profile::districtCode)
            .orElse(null));
  }

  private static String cityOf(UUID universityId) {
    University u = universityId == null ? null : University.findById(universityId);
    return u == null ? null : u.city;
  }

  private static Proposal proposal(
      AssignmentRound.Candidate c, VpSeat seat, Expert expert, SeatFit fit) {
    University u = expert.universityId == null ? null : University.findById(expert.universityId);
    return new Proposal(
        c.application(),
        seat.id,
        seat.title,
        seat.enterpriseId,
        expert.id,
        expert.name,
        expert.title,
        u == null ? null : u.name,
        fit.score(),
        SeatScoring.round(fit.relevance()),
        fit.parts().stream()
            .map(p -> new SeatFit.Part(p.feature(), p.reason(), SeatScoring.round(p.points())))
            .toList(),
        fit.travel() == null ? null : (double) Math.round(fit.travel().km()),
        fit.reasons());
  }

  private void record(
      AssignmentRound.Decision decision,
      Map<UUID, VpApplication> byApplication,
      Map<UUID, VpSeat> seats) {
    decision.assigned().forEach(c -> byApplication.get(c.application()).status = "ASSIGNED");
    decision.notAssigned().forEach(c -> byApplication.get(c.application()).status = "NOT_ASSIGNED");
    decision.filledSeats().forEach(id -> seats.get(id).status = "CLOSED");
    audit.record(
        user.username(),
        "vp-assignment.run",
        "vp_seat",
        new UUID(0, 0),
        Map.of(
            "applications",
            byApplication.size(),
            "assigned",
            decision.assigned().size(),
            "seatsClosed",
            decision.filledSeats().size(),
            "total",
            decision.total()));
  }

  private static AssignmentRound.Seat seatOf(VpSeat s) {
    int taken = (int) VpApplication.count("seatId = ?1 and status = 'ASSIGNED'", s.id);
    return new AssignmentRound.Seat(s.id, s.seats, taken);
  }

  private static AssignmentRound.Expert expertOf(Expert e) {
    int taken = (int) VpApplication.count("expertId = ?1 and status = 'ASSIGNED'", e.id);
    return new AssignmentRound.Expert(e.id, e.capacity, taken);
  }
}
