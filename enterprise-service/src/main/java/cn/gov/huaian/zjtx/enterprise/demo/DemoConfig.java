package cn.gov.huaian.zjtx.enterprise.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo dataset loaded at startup into an empty registry. */
@ConfigMapping(prefix = "zjtx.demo")
public interface DemoConfig {
  /** Load the demo dataset at startup when the registry is empty. */
  @WithDefault("false")
  boolean enabled();

  @WithDefault("2000")
  int size();

  @WithDefault("20230101")
  long seed();
}
