package cn.gov.huaian.zjtx.gateway.support;

import org.eclipse.microprofile.config.ConfigProvider;

/** Health and metrics answer on the management interface (its own port), never publicly. */
public final class Management {
  private Management() {}

  public static String url() {
    int port =
        ConfigProvider.getConfig()
            .getOptionalValue("quarkus.management.test-port", Integer.class)
            .orElse(9001);
    return "http://localhost:" + port;
  }
}
