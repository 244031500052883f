package cn.gov.huaian.zjtx.enterprise.registry;

import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which enterprises a caller may see: admins all; an enterprise user only its own; a commissioner
 * only those assigned to them. Expressed as a JPQL condition so that lists and lookups apply the
 * same rule in the database.
 */
@ApplicationScoped
public class EnterpriseAccess {

  /** A JPQL condition on alias {@code e}, with its parameters added to {@code params}. */
  public String visibleTo(CurrentUser user, Map<String, Object> params) {
    if (user.isAdmin() || user.is(Roles.SERVICE)) {
      return "true";
    }
    if (user.is(Roles.COMMISSIONER)) {
      params.put("commissioner", user.subject());
      return "e.id in (select a.enterpriseId from CommissionerAssignment a"
          + " where a.commissionerSubject = :commissioner)";
    }
    if (user.is(Roles.ENTERPRISE) && user.enterpriseId().isPresent()) {
      params.put("own", user.enterpriseId().get());
      return "e.id = :own";
    }
    return "false";
  }

  /**
   * Admins and services may change any enterprise, an enterprise user only its own; everyone else
   * gets 404 when they cannot see it and 403 when they can see but not change it.
   */
  public void requireWrite(CurrentUser user, UUID enterpriseId) {
    if (!mayRead(user, enterpriseId)) {
      throw cn.gov.huaian.zjtx.platform.problem.ProblemException.notFound("企业");
    }
    boolean own =
        user.is(Roles.ENTERPRISE) && user.enterpriseId().filter(enterpriseId::equals).isPresent();
    if (!(user.isAdmin() || user.is(Roles.SERVICE) || own)) {
      throw cn.gov.huaian.zjtx.platform.problem.ProblemException.forbidden("只有企业本身或管理部门可以修改企业信息");
    }
  }

  public boolean mayRead(CurrentUser user, UUID enterpriseId) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", enterpriseId);
    String condition = visibleTo(user, params);
    return Enterprise.count("from Enterprise e where e.id = :id and " + condition, params) > 0;
  }
}
