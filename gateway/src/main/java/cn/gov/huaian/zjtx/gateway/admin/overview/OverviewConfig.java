package cn.gov.huaian.zjtx.gateway.admin.overview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** The parts of the enterprise overview: which service answers each, at which path. */
@ConfigMapping(prefix = "zjtx.gateway.overview")
public interface OverviewConfig {
  /** Parts by name; {@code {id}} in a path is the enterprise id. */
  Map<String, Part> parts();

  /** How long a part may take before it is reported unavailable. */
  @WithDefault("3S")
  Duration timeout();

  /** One part of the overview. */
  interface Part {
    /** Upstream name (enterprise, policy, matchmaking). */
    String upstream();

    /** Path on that upstream. */
    String path();

    /** Whether the overview is meaningless without it (the profile: its 404 is the overview's). */
    @WithDefault("false")
    boolean primary();
  }
}
