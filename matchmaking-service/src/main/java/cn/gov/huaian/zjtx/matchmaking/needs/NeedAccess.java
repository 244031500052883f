package cn.gov.huaian.zjtx.matchmaking.needs;

import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;

/**
 * Who may see and change which need. Owner: the enterprise itself, a commissioner assigned to it,
 * an admin. Everyone else sees open needs without their private detail, until a cooperation on the
 * need is accepted (then the counterpart sees it too).
 */
@RequestScoped
public class NeedAccess {
  private final CurrentUser user;
  private final EntityManager em;

  public NeedAccess(CurrentUser user, EntityManager em) {
    this.user = user;
    this.em = em;
  }

  public boolean canManage(TechNeed need) {
    return canPostFor(need.enterpriseId);
  }

  /** May the caller post or manage needs of this enterprise? */
  public boolean canPostFor(UUID enterpriseId) {
    if (enterpriseId == null) {
      return false;
    }
    if (user.isAdmin()) {
      return true;
    }
    if (user.is(Roles.ENTERPRISE) && user.enterpriseId().map(enterpriseId::equals).orElse(false)) {
      return true;
    }
    return user.is(Roles.COMMISSIONER) && assigned(enterpriseId);
  }

  public boolean canSee(TechNeed need) {
    return canManage(need)
        || need.status == TechNeed.Status.OPEN && !user.is(Roles.ENTERPRISE)
        || revealed(need);
  }

  public boolean canSeePrivate(TechNeed need) {
    return canManage(need) || revealed(need);
  }

  /** A JPQL condition on {@code TechNeed} (no alias) that keeps what the caller may list. */
  public String listCondition(Map<String, Object> params) {
    if (user.isAdmin()) {
      return "true";
    }
    if (user.is(Roles.ENTERPRISE)) {
      params.put("own", user.enterpriseId().orElse(null));
      return "enterpriseId = :own";
    }
    params.put("open", TechNeed.Status.OPEN);
    if (user.is(Roles.COMMISSIONER)) {
      params.put("commissioner", user.subject());
      return "(status = :open or enterpriseId in (select a.enterpriseId from CommissionerAssignment a"
          + " where a.commissionerSubject = :commissioner))";
    }
    return "status = :open";
  }

  boolean assigned(UUID enterpriseId) {
    return CommissionerAssignment.count(
            "commissionerSubject = ?1 and enterpriseId = ?2", user.subject(), enterpriseId)
        > 0;
  }

  /**
   * Accepted cooperation on this need with the caller as counterpart (expert, or its university).
   */
  boolean revealed(TechNeed need) {
    var expert = user.expertId().orElse(null);
    var university = user.universityId().orElse(null);
    if (expert == null && university == null) {
      return false;
    }
    Number n =
        (Number)
            em.createNativeQuery(
                    "select count(*) from interest i join expert e on e.id = i.expert_id"
                        + " where i.need_id = ?1 and i.status = 'ACCEPTED' and (i.expert_id = ?2 or e.university_id = ?3)")
                .setParameter(1, need.id)
                .setParameter(2, expert)
                .setParameter(3, university)
                .getSingleResult();
    return n.longValue() > 0;
  }
}
