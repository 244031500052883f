package cn.gov.huaian.zjtx.matchmaking.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo dataset loaded by {@code deploy/bin/run.sh} ({@code ZJTX_DEMO_ENABLED=true}). */
@ConfigMapping(prefix = "zjtx.demo")
public interface DemoConfig {
  /** Load the demo dataset at start when the tables are empty. */
  @WithDefault("false")
  boolean enabled();

  /**
   * Generated experts besides the demo expert. Every expert and need is embedded by the indexing
   * job (~12 documents/s on two cores), so a few hundred keep the demo searchable within a minute.
   */
  @WithDefault("240")
  int experts();

  /** Seed of the generator: the same dataset on every machine. */
  @WithDefault("2026")
  long seed();
}
