package cn.gov.huaian.zjtx.gateway.admin.users;

import java.util.Optional;

/** The realm roles a platform user can have, and the organisation each one is bound to. */
public enum PlatformRole {
  ENTERPRISE("enterprise", "enterprise_id", "企业"),
  UNIVERSITY("university", "university_id", "高校"),
  EXPERT("expert", "expert_id", "专家档案"),
  COMMISSIONER("commissioner", null, null),
  ADMIN("admin", null, null);

  private final String realmRole;
  private final String bindingAttribute;
  private final String bindingLabel;

  PlatformRole(String realmRole, String bindingAttribute, String bindingLabel) {
    this.realmRole = realmRole;
    this.bindingAttribute = bindingAttribute;
    this.bindingLabel = bindingLabel;
  }

  public String realmRole() {
    return realmRole;
  }

  /** The user attribute (and token claim) that binds a user of this role, if any. */
  public Optional<String> bindingAttribute() {
    return Optional.ofNullable(bindingAttribute);
  }

  public String bindingLabel() {
    return bindingLabel;
  }

  public static Optional<PlatformRole> of(String realmRole) {
    for (PlatformRole role : values()) {
      if (role.realmRole.equals(realmRole)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
