package cn.gov.huaian.zjtx.policy.support;

import java.util.UUID;

/** Ids bound to the demo users in deploy/keycloak/zjtx-realm.json. */
public final class DemoIds {
  public static final UUID ENT_DEMO = UUID.fromString("0a6e3c1e-5b1f-4d6a-9b0e-000000000001");
  public static final UUID ENT_DEMO_2 = UUID.fromString("0a6e3c1e-5b1f-4d6a-9b0e-000000000002");
  public static final String COMM_DEMO_SUBJECT = "9e1f0000-0000-4000-8000-000000000006";

  private DemoIds() {}
}
