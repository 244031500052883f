package cn.gov.huaian.zjtx.matchmaking.support;

import java.util.UUID;

/** Ids bound to the demo users in deploy/keycloak/zjtx-realm.json. */
public final class DemoIds {
  public static final UUID ENT_DEMO = UUID.fromString("0a6e3c1e-5b1f-4d6a-9b0e-000000000001");
  public static final UUID ENT_DEMO_2 = UUID.fromString("0a6e3c1e-5b1f-4d6a-9b0e-000000000002");
  public static final UUID UNI_DEMO = UUID.fromString("1b7f4d2f-6c2a-4e7b-8c1f-000000000001");
  public static final UUID EXPERT_DEMO = UUID.fromString("2c8a5e3a-7d3b-4f8c-9d2a-000000000001");
  public static final String COMM_DEMO_SUBJECT = "9e1f0000-0000-4000-8000-000000000006";

  private DemoIds() {}
}
