package cn.gov.huaian.zjtx.policy.platform.security;

import cn.gov.huaian.zjtx.policy.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Object-level access to an enterprise's own data (results, notifications, applications): an
 * admin sees every enterprise, an enterprise user only the one its token names. Anyone else gets
 * 404, so ids of other enterprises are not even confirmed to exist.
 */
@RequestScoped
public class EnterpriseAccess {
  private final CurrentUser user;

  public EnterpriseAccess(CurrentUser user) {
    this.user = user;
  }

  public void requireReadable(UUID enterpriseId, String what) {
    if (!canRead(enterpriseId)) {
      throw ProblemException.notFound(what);
    }
  }

  /** Only the enterprise itself acts in its own name (applies, registers webhooks). */
  public void requireOwn(UUID enterpriseId, String what) {
    if (!user.is(Roles.ENTERPRISE) || !user.enterpriseId().map(enterpriseId::equals).orElse(false)) {
      if (user.isAdmin()) {
        throw new ProblemException(403, "forbidden", "无权访问", "只有企业本身可以执行此操作");
      }
      throw ProblemException.notFound(what);
    }
  }

  public boolean canRead(UUID enterpriseId) {
    return user.isAdmin()
        || user.is(Roles.ENTERPRISE) && user.enterpriseId().map(enterpriseId::equals).orElse(false);
  }
}
