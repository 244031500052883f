package cn.gov.huaian.zjtx.policy.facts;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Object-level access to an enterprise's own data (results, notifications, applications): an admin
 * sees every enterprise, an enterprise user only the one its token names, a commissioner (服务专员) the
 * enterprises assigned to it — as enterprise-service last reported them in the enterprise's
 * snapshot. Anyone else gets 404, so ids of other enterprises are not even confirmed to exist.
 * Acting in an enterprise's name stays with the enterprise itself.
 */
@RequestScoped
public class EnterpriseAccess {
  private final CurrentUser user;
  private final ReadModel readModel;

  public EnterpriseAccess(CurrentUser user, ReadModel readModel) {
    this.user = user;
    this.readModel = readModel;
  }

  public void requireReadable(UUID enterpriseId, String what) {
    if (!canRead(enterpriseId)) {
      throw ProblemException.notFound(what);
    }
  }

  /** Only the enterprise itself acts in its own name (applies, registers webhooks). */
  public void requireOwn(UUID enterpriseId, String what) {
    if (!isOwn(enterpriseId)) {
      if (user.isAdmin() || servedByCurrentCommissioner(enterpriseId)) {
        throw ProblemException.forbidden("只有企业本身可以执行此操作");
      }
      throw ProblemException.notFound(what);
    }
  }

  /**
   * The enterprise's own settings (webhook addresses): itself and admins, not its commissioners.
   */
  public void requireOwnOrAdmin(UUID enterpriseId, String what) {
    if (!isOwn(enterpriseId) && !user.isAdmin()) {
      throw ProblemException.notFound(what);
    }
  }

  public boolean canRead(UUID enterpriseId) {
    return user.isAdmin() || isOwn(enterpriseId) || servedByCurrentCommissioner(enterpriseId);
  }

  private boolean isOwn(UUID enterpriseId) {
    return user.is(Roles.ENTERPRISE) && user.enterpriseId().map(enterpriseId::equals).orElse(false);
  }

  private boolean servedByCurrentCommissioner(UUID enterpriseId) {
    return user.is(Roles.COMMISSIONER) && readModel.isServedBy(enterpriseId, user.subject());
  }
}
