package cn.gov.huaian.zjtx.matchmaking.needs;

import cn.gov.huaian.zjtx.matchmaking.audit.AuditLog;
import cn.gov.huaian.zjtx.matchmaking.enterprises.KnownEnterprises;
import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.IndexQueue;
import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import cn.gov.huaian.zjtx.platform.web.ETags;
import cn.gov.huaian.zjtx.platform.web.IdempotencyKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Posting and editing needs: access, validation, optimistic locking, audit and the search outbox.
 */
@RequestScoped
public class TechNeedService {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final CurrentUser user;
  private final NeedAccess access;
  private final IndexQueue index;
  private final AuditLog audit;
  private final IdempotencyKeys idempotency;
  private final KnownEnterprises enterprises;

  public TechNeedService(
      CurrentUser user,
      NeedAccess access,
      IndexQueue index,
      AuditLog audit,
      IdempotencyKeys idempotency,
      KnownEnterprises enterprises) {
    this.user = user;
    this.access = access;
    this.index = index;
    this.audit = audit;
    this.idempotency = idempotency;
    this.enterprises = enterprises;
  }

  /** The created need, and whether it was created now (false: an idempotent repeat). */
  public record Created(TechNeed need, boolean fresh) {}

  @Transactional
  public Created create(TechNeedRequest request, String idempotencyKey) {
    var claim = idempotency.claim("need.create", user.subject(), idempotencyKey, request);
    if (claim.replay()) {
      return new Created(TechNeed.findById(claim.resourceId()), false);
    }
    UUID enterprise = owningEnterprise(request);
    var need = new TechNeed();
    need.id = claim.resourceId();
    need.enterpriseId = enterprise;
    if (user.is(Roles.COMMISSIONER) && !user.isAdmin()) {
      need.recordedBy = user.subject();
      need.recordedByName = user.username();
      need.visitId = request.visitId();
    } else if (request.visitId() != null) {
      new Violations().add("visitId", "只有服务专员在走访中代企业登记的需求可以关联走访记录").throwIfAny();
    }
    TechNeedRules.apply(request, need, LocalDate.now(SHANGHAI));
    need.persist();
    index.enqueue(DocKind.NEED, need.id);
    audit.record(
        user.username(),
        "need.created",
        "tech_need",
        need.id,
        Map.of("enterpriseId", enterprise.toString()));
    return new Created(need, true);
  }

  @Transactional
  public TechNeed update(UUID id, TechNeedRequest request, String ifMatch) {
    TechNeed need = manageable(id);
    ETags.check(ifMatch, need.version);
    if (request != null
        && request.enterpriseId() != null
        && !request.enterpriseId().equals(need.enterpriseId)) {
      new Violations().add("enterpriseId", "需求所属企业不能修改").throwIfAny();
    }
    if (request != null && request.visitId() != null && !request.visitId().equals(need.visitId)) {
      new Violations().add("visitId", "需求关联的走访记录不能修改").throwIfAny();
    }
    TechNeedRules.apply(request, need, LocalDate.now(SHANGHAI));
    need.updatedAt = Instant.now();
    index.enqueue(DocKind.NEED, need.id);
    audit.record(
        user.username(),
        "need.updated",
        "tech_need",
        need.id,
        Map.of("status", need.status.name()));
    return need;
  }

  /**
   * The need if the caller may change it; 404 when they may not even see it, 403 when they only see
   * it.
   */
  TechNeed manageable(UUID id) {
    TechNeed need = TechNeed.findById(id);
    if (need == null || !access.canSee(need)) {
      throw ProblemException.notFound("技术需求");
    }
    if (!access.canManage(need)) {
      throw ProblemException.forbidden("只有需求所属企业、其服务专员或管理员可以修改该需求");
    }
    return need;
  }

  private UUID owningEnterprise(TechNeedRequest request) {
    if (request == null) {
      new Violations().add("body", "请求体不能为空").throwIfAny();
    }
    if (user.is(Roles.ENTERPRISE) && !user.isAdmin()) {
      UUID own = user.enterpriseId().orElseThrow(() -> ProblemException.forbidden("当前账号未绑定企业"));
      if (request.enterpriseId() != null && !request.enterpriseId().equals(own)) {
        throw ProblemException.forbidden("企业用户只能为本企业发布需求");
      }
      return own;
    }
    if (!user.isAdmin() && !user.is(Roles.COMMISSIONER)) {
      throw ProblemException.forbidden("只有企业、服务专员或管理员可以发布技术需求");
    }
    if (request.enterpriseId() == null) {
      new Violations().add("enterpriseId", "代企业登记需求时须填写企业编号").throwIfAny();
    }
    if (!access.canPostFor(request.enterpriseId())) {
      throw ProblemException.forbidden("服务专员只能为其负责的企业登记需求");
    }
    if (!enterprises.exists(request.enterpriseId())) {
      throw unknownEnterprise(request.enterpriseId());
    }
    return request.enterpriseId();
  }

  /** 422: the platform's enterprise registry (as this service knows it) has no such firm. */
  static ProblemException unknownEnterprise(UUID id) {
    String message = "企业编号 " + id + " 在平台企业库中不存在（或尚未同步到本服务），请核对后再登记";
    return new ProblemException(
        422,
        "enterprise-unknown",
        "企业不存在",
        message,
        List.of(new Problem.Violation("enterpriseId", message)));
  }
}
