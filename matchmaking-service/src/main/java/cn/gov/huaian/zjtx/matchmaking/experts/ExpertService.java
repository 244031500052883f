package cn.gov.huaian.zjtx.matchmaking.experts;

import cn.gov.huaian.zjtx.matchmaking.audit.AuditLog;
import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.IndexQueue;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import cn.gov.huaian.zjtx.platform.web.ETags;
import cn.gov.huaian.zjtx.platform.web.IdempotencyKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Universities, teams and experts: who may write what, validation, locking, audit and indexing. */
@RequestScoped
public class ExpertService {
  private final CurrentUser user;
  private final IndexQueue index;
  private final AuditLog audit;
  private final IdempotencyKeys idempotency;

  public ExpertService(
      CurrentUser user, IndexQueue index, AuditLog audit, IdempotencyKeys idempotency) {
    this.user = user;
    this.index = index;
    this.audit = audit;
    this.idempotency = idempotency;
  }

  /** A university office manages its own experts and teams; an admin all; an expert only itself. */
  public boolean canManageUniversity(UUID universityId) {
    return user.isAdmin()
        || user.is(Roles.UNIVERSITY) && user.universityId().map(universityId::equals).orElse(false);
  }

  public boolean canManage(Expert e) {
    return canManageUniversity(e.universityId)
        || user.is(Roles.EXPERT) && user.expertId().map(e.id::equals).orElse(false);
  }

  @Transactional
  public Expert create(ExpertRequest r, String idempotencyKey) {
    var claim = idempotency.claim("expert.create", user.subject(), idempotencyKey, r);
    if (claim.replay()) {
      return Expert.findById(claim.resourceId());
    }
    UUID universityId = targetUniversity(r == null ? null : r.universityId());
    var e = new Expert();
    e.id = claim.resourceId();
    e.universityId = universityId;
    ExpertRules.apply(r, e);
    e.teamId = checkedTeam(r.teamId(), universityId);
    copyRegion(e);
    e.persist();
    index.enqueue(DocKind.EXPERT, e.id);
    audit.record(
        user.username(),
        "expert.created",
        "expert",
        e.id,
        Map.of("universityId", universityId.toString()));
    return e;
  }

  @Transactional
  public Expert update(UUID id, ExpertRequest r, String ifMatch) {
    Expert e = Expert.findById(id);
    if (e == null) {
      throw ProblemException.notFound("专家");
    }
    if (!canManage(e)) {
      throw ProblemException.forbidden("只有专家本人、其所在高校或管理员可以修改专家档案");
    }
    ETags.check(ifMatch, e.version);
    if (r != null && r.universityId() != null && !r.universityId().equals(e.universityId)) {
      new Violations().add("universityId", "专家所属高校不能在此修改").throwIfAny();
    }
    ExpertRules.apply(r, e);
    e.teamId = checkedTeam(r.teamId(), e.universityId);
    copyRegion(e);
    e.updatedAt = Instant.now();
    index.enqueue(DocKind.EXPERT, e.id);
    audit.record(user.username(), "expert.updated", "expert", e.id, Map.of());
    return e;
  }

  @Transactional
  public University createUniversity(UniversityRequest r) {
    if (!user.isAdmin()) {
      throw ProblemException.forbidden("只有管理员可以登记高校");
    }
    var u = new University();
    u.id = UUID.randomUUID();
    applyUniversity(r, u);
    if (University.count("name", u.name) > 0) {
      throw ProblemException.conflict("duplicate-university", "高校“" + u.name + "”已登记");
    }
    u.persist();
    audit.record(user.username(), "university.created", "university", u.id, Map.of());
    return u;
  }

  @Transactional
  public University updateUniversity(UUID id, UniversityRequest r, String ifMatch) {
    University u = University.findById(id);
    if (u == null) {
      throw ProblemException.notFound("高校");
    }
    if (!canManageUniversity(id)) {
      throw ProblemException.forbidden("只能修改本校信息");
    }
    ETags.check(ifMatch, u.version);
    applyUniversity(r, u);
    u.updatedAt = Instant.now();
    List<Expert> experts = Expert.list("universityId", id);
    for (Expert e : experts) {
      if (e.inHuaian != u.inHuaian || e.inJiangsu != u.inJiangsu) {
        e.inHuaian = u.inHuaian;
        e.inJiangsu = u.inJiangsu;
        index.enqueue(DocKind.EXPERT, e.id);
      }
    }
    audit.record(user.username(), "university.updated", "university", u.id, Map.of());
    return u;
  }

  @Transactional
  public ResearchTeam createTeam(UUID universityId, TeamRequest r) {
    if (University.findById(universityId) == null) {
      throw ProblemException.notFound("高校");
    }
    if (!canManageUniversity(universityId)) {
      throw ProblemException.forbidden("只能为本校登记科研团队");
    }
    var t = new ResearchTeam();
    t.id = UUID.randomUUID();
    t.universityId = universityId;
    applyTeam(r, t);
    t.persist();
    audit.record(user.username(), "team.created", "research_team", t.id, Map.of());
    return t;
  }

  private static void applyUniversity(UniversityRequest r, University u) {
    UniversityRules.apply(r, u);
  }

  private static void applyTeam(TeamRequest r, ResearchTeam t) {
    TeamRules.apply(
        r,
        t,
        leaderId -> {
          Expert leader = Expert.findById(leaderId);
          return leader != null && leader.universityId.equals(t.universityId);
        });
  }

  private UUID targetUniversity(UUID requested) {
    if (user.isAdmin()) {
      if (requested == null) {
        new Violations().add("universityId", "管理员登记专家时须填写所属高校").throwIfAny();
      }
    } else if (user.is(Roles.UNIVERSITY)) {
      UUID own = user.universityId().orElseThrow(() -> ProblemException.forbidden("当前账号未绑定高校"));
      if (requested != null && !requested.equals(own)) {
        throw ProblemException.forbidden("只能为本校登记专家");
      }
      requested = own;
    } else {
      throw ProblemException.forbidden("只有高校或管理员可以登记专家");
    }
    if (University.findById(requested) == null) {
      new Violations().add("universityId", "所属高校尚未登记").throwIfAny();
    }
    return requested;
  }

  private static UUID checkedTeam(UUID teamId, UUID universityId) {
    if (teamId == null) {
      return null;
    }
    ResearchTeam t = ResearchTeam.findById(teamId);
    if (t == null || !t.universityId.equals(universityId)) {
      new Violations().add("teamId", "科研团队不存在或不属于该高校").throwIfAny();
    }
    return teamId;
  }

  private static void copyRegion(Expert e) {
    University u = University.findById(e.universityId);
    e.inHuaian = u != null && u.inHuaian;
    e.inJiangsu = u != null && u.inJiangsu;
  }
}
