package cn.gov.huaian.zjtx.platform.security;

/** The platform's realm roles (Keycloak realm {@code zjtx}). */
public final class Roles {
  public static final String ENTERPRISE = "enterprise";
  public static final String UNIVERSITY = "university";
  public static final String EXPERT = "expert";
  public static final String COMMISSIONER = "commissioner";
  public static final String ADMIN = "admin";

  /** Other platform services calling with a client-credentials token. */
  public static final String SERVICE = "service";

  private Roles() {}
}
