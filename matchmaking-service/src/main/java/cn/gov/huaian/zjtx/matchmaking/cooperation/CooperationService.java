package cn.gov.huaian.zjtx.matchmaking.cooperation;

import cn.gov.huaian.zjtx.matchmaking.audit.AuditLog;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.Contact;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.CooperationRequest;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.CooperationView;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.DeclineRequest;
import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationDtos.InterestRequest;
import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.experts.ExpertService;
import cn.gov.huaian.zjtx.matchmaking.feedback.DeclineReason;
import cn.gov.huaian.zjtx.matchmaking.feedback.FeedbackEvent;
import cn.gov.huaian.zjtx.matchmaking.feedback.FeedbackRecorder;
import cn.gov.huaian.zjtx.matchmaking.needs.CooperationMode;
import cn.gov.huaian.zjtx.matchmaking.needs.NeedAccess;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import cn.gov.huaian.zjtx.platform.web.ETags;
import cn.gov.huaian.zjtx.platform.web.PageView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The 产学研 workflow: interest → the enterprise accepts or declines → contact and private detail
 * revealed to both sides → a cooperation record with its outcome. Every step is audited.
 */
@RequestScoped
public class CooperationService {
  private final CurrentUser user;
  private final NeedAccess needs;
  private final ExpertService experts;
  private final AuditLog audit;
  private final FeedbackRecorder feedback;

  public CooperationService(
      CurrentUser user,
      NeedAccess needs,
      ExpertService experts,
      AuditLog audit,
      FeedbackRecorder feedback) {
    this.user = user;
    this.needs = needs;
    this.experts = experts;
    this.audit = audit;
    this.feedback = feedback;
  }

  @Transactional
  public Interest express(InterestRequest r) {
    var v = new Violations();
    if (r == null || r.needId() == null) {
      v.add("needId", "须指明技术需求");
    }
    if (r == null || r.expertId() == null) {
      v.add("expertId", "须指明专家");
    }
    String message = r == null ? null : v.optionalText("message", "留言", r.message(), 1000);
    v.throwIfAny();
    TechNeed need = TechNeed.findById(r.needId());
    if (need == null || !needs.canSee(need)) {
      throw ProblemException.notFound("技术需求");
    }
    if (need.status != TechNeed.Status.OPEN) {
      throw ProblemException.conflict("need-not-open", "该需求当前不接受合作意向（已暂停或关闭）");
    }
    Expert expert = Expert.findById(r.expertId());
    if (expert == null || !experts.canManage(expert)) {
      throw ProblemException.forbidden("只能以本人或本校专家的名义表达合作意向");
    }
    if (Interest.count("needId = ?1 and expertId = ?2", need.id, expert.id) > 0) {
      throw ProblemException.conflict("duplicate-interest", "该专家已对此需求表达过意向");
    }
    var i = new Interest();
    i.id = UUID.randomUUID();
    i.needId = need.id;
    i.expertId = expert.id;
    i.createdBy = user.subject();
    i.message = message;
    i.persist();
    feedback.interest(need, expert.id, i.id, user.subject());
    audit.record(
        user.username(),
        "interest.expressed",
        "interest",
        i.id,
        Map.of("needId", need.id.toString(), "expertId", expert.id.toString()));
    return i;
  }

  @Transactional
  public Interest accept(UUID id, String ifMatch) {
    return decide(id, true, ifMatch, null, null);
  }

  /** Declines, with a reason when one is given (only a reason lets the ranker learn from it). */
  @Transactional
  public Interest decline(UUID id, String ifMatch, DeclineRequest r) {
    var v = new Violations();
    DeclineReason code = null;
    if (r != null && r.reasonCode() != null) {
      code = DeclineReason.parse(r.reasonCode()).orElse(null);
      if (code == null) {
        v.add(
            "reasonCode",
            "婉拒原因须为以下之一："
                + String.join(
                    "、",
                    Arrays.stream(DeclineReason.values()).map(DeclineReason::nameZh).toList()));
      }
    }
    String note = r == null ? null : v.optionalText("reason", "婉拒说明", r.reason(), 500);
    v.throwIfAny();
    return decide(id, false, ifMatch, code, note);
  }

  private Interest decide(
      UUID id, boolean accept, String ifMatch, DeclineReason reasonCode, String reason) {
    Interest i = visible(id);
    TechNeed need = TechNeed.findById(i.needId);
    if (!needs.canManage(need)) {
      throw ProblemException.forbidden("只有需求所属企业（或其服务专员、管理员）可以接受或婉拒意向");
    }
    if (ifMatch != null) {
      ETags.check(ifMatch, i.version);
    }
    if (!i.decide(accept, user.subject())) {
      throw ProblemException.conflict("already-decided", "该意向已处理，不能重复操作");
    }
    i.declineReasonCode = reasonCode == null ? null : reasonCode.name();
    i.declineReason = reason;
    feedback.decided(need.id, i.expertId, i.id, accept, user.subject(), reasonCode, reason);
    audit.record(
        user.username(),
        accept ? "interest.accepted" : "interest.declined",
        "interest",
        i.id,
        Map.of());
    return i;
  }

  public List<Interest> list(UUID needId) {
    TechNeed need = TechNeed.findById(needId);
    if (need == null || !needs.canSee(need)) {
      throw ProblemException.notFound("技术需求");
    }
    List<Interest> all = Interest.list("needId = ?1 order by createdAt", needId);
    return needs.canManage(need)
        ? all
        : all.stream().filter(i -> experts.canManage(Expert.findById(i.expertId))).toList();
  }

  @Transactional
  public Contact contact(UUID id) {
    Interest i = visible(id);
    if (i.status != Interest.Status.ACCEPTED) {
      throw new ProblemException(403, "not-accepted", "尚未达成合作意向", "企业接受意向后双方方可查看联系方式与保密细节");
    }
    TechNeed need = TechNeed.findById(i.needId);
    Expert e = Expert.findById(i.expertId);
    audit.record(user.username(), "contact.revealed", "interest", i.id, Map.of());
    return new Contact(
        i.id,
        need.id,
        need.title,
        need.privateDetail,
        need.enterpriseId,
        e.id,
        e.name,
        e.title,
        e.universityId);
  }

  @Transactional
  public CooperationRecord record(CooperationRequest r) {
    if (r == null || r.interestId() == null) {
      new Violations().add("interestId", "须指明已接受的合作意向").throwIfAny();
    }
    Interest i = visible(r.interestId());
    TechNeed need = TechNeed.findById(i.needId);
    if (!needs.canManage(need)) {
      throw ProblemException.forbidden("合作记录由需求方（或其服务专员、管理员）登记");
    }
    if (i.status != Interest.Status.ACCEPTED) {
      throw ProblemException.conflict("not-accepted", "只有已接受的意向才能登记合作");
    }
    if (CooperationRecord.count("interestId", i.id) > 0) {
      throw ProblemException.conflict("duplicate-cooperation", "该意向已登记合作记录");
    }
    var c = new CooperationRecord();
    c.id = UUID.randomUUID();
    c.interestId = i.id;
    c.needId = need.id;
    c.expertId = i.expertId;
    c.enterpriseId = need.enterpriseId;
    c.mode = need.cooperationMode;
    apply(r, c);
    c.persist();
    feedback.cooperation(FeedbackEvent.SIGNED, c.needId, c.expertId, i.id, c.id, user.subject());
    recordEnd(c, CooperationRecord.Status.ACTIVE);
    audit.record(
        user.username(),
        "cooperation.recorded",
        "cooperation_record",
        c.id,
        Map.of("interestId", i.id.toString()));
    return c;
  }

  @Transactional
  public CooperationRecord update(UUID id, CooperationRequest r, String ifMatch) {
    CooperationRecord c = CooperationRecord.findById(id);
    if (c == null || !canSee(c)) {
      throw ProblemException.notFound("合作记录");
    }
    if (!needs.canManage(TechNeed.findById(c.needId))) {
      throw ProblemException.forbidden("合作记录由需求方（或其服务专员、管理员）维护");
    }
    ETags.check(ifMatch, c.version);
    CooperationRecord.Status before = c.status;
    apply(r, c);
    recordEnd(c, before);
    c.updatedAt = Instant.now();
    audit.record(
        user.username(),
        "cooperation.updated",
        "cooperation_record",
        c.id,
        Map.of("status", c.status.name()));
    return c;
  }

  /**
   * The cooperation records of one enterprise, newest first: for the enterprise itself, its
   * commissioners and admins (others get 404, as for its needs).
   */
  public PageView<CooperationView> ofEnterprise(UUID enterpriseId, int page, int size) {
    if (enterpriseId == null) {
      throw ProblemException.invalid("enterpriseId", "须指明企业（enterpriseId）");
    }
    if (!needs.canPostFor(enterpriseId)) {
      throw ProblemException.notFound("企业");
    }
    var query =
        CooperationRecord.<CooperationRecord>find(
            "enterpriseId",
            Sort.by("createdAt", Sort.Direction.Descending).and("id"),
            enterpriseId);
    var items = query.page(page, size).list().stream().map(CooperationView::of).toList();
    return new PageView<>(items, page, size, query.count());
  }

  public CooperationRecord get(UUID id) {
    CooperationRecord c = CooperationRecord.findById(id);
    if (c == null || !canSee(c)) {
      throw ProblemException.notFound("合作记录");
    }
    return c;
  }

  private boolean canSee(CooperationRecord c) {
    return needs.canManage(TechNeed.findById(c.needId))
        || experts.canManage(Expert.findById(c.expertId));
  }

  private Interest visible(UUID id) {
    Interest i = Interest.findById(id);
    if (i == null) {
      throw ProblemException.notFound("合作意向");
    }
    TechNeed need = TechNeed.findById(i.needId);
    boolean mine = needs.canManage(need) || experts.canManage(Expert.findById(i.expertId));
    if (!mine) {
      throw ProblemException.notFound("合作意向");
    }
    return i;
  }

  /** A cooperation that has just ended, finished or failed, is feedback on its match. */
  private void recordEnd(CooperationRecord c, CooperationRecord.Status before) {
    if (c.status == before || c.status == CooperationRecord.Status.ACTIVE) {
      return;
    }
    feedback.cooperation(
        c.status == CooperationRecord.Status.COMPLETED
            ? FeedbackEvent.FINISHED
            : FeedbackEvent.FAILED,
        c.needId,
        c.expertId,
        c.interestId,
        c.id,
        user.subject());
  }

  private static void apply(CooperationRequest r, CooperationRecord c) {
    var v = new Violations();
    if (r.mode() != null && CooperationMode.parse(r.mode()).isEmpty()) {
      v.add("mode", "合作方式须为以下之一：" + CooperationMode.choices());
    }
    v.money("amount", "合同金额", r.amount());
    if (r.startDate() != null && r.endDate() != null && r.endDate().isBefore(r.startDate())) {
      v.add("endDate", "结束日期不能早于开始日期");
    }
    CooperationRecord.Status status = c.status;
    if (r.status() != null) {
      try {
        status = CooperationRecord.Status.valueOf(r.status());
      } catch (IllegalArgumentException e) {
        v.add("status", "状态须为 ACTIVE（进行中）、COMPLETED（已完成）或 TERMINATED（已终止）");
      }
    }
    String outcome = v.optionalText("outcome", "合作成效", r.outcome(), 1000);
    if (r.rating() != null && (r.rating() < 1 || r.rating() > 5)) {
      v.add("rating", "成效评分须为 1–5");
    }
    if (r.rating() != null && status == CooperationRecord.Status.ACTIVE) {
      v.add("rating", "合作结束（完成或终止）后才能评分");
    }
    v.throwIfAny();
    if (r.mode() != null) {
      c.mode = CooperationMode.parse(r.mode()).orElseThrow();
    }
    c.amount = r.amount() != null ? r.amount() : c.amount;
    c.startDate = r.startDate() != null ? r.startDate() : c.startDate;
    c.endDate = r.endDate() != null ? r.endDate() : c.endDate;
    c.status = status;
    c.outcome = outcome != null ? outcome : c.outcome;
    c.rating = r.rating() != null ? r.rating() : c.rating;
  }
}
