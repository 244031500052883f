package cn.gov.huaian.zjtx.policy.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Optional;

/** How re-match jobs run. */
@ConfigMapping(prefix = "zjtx.matching")
public interface MatchingConfig {
  /** Enterprises per transaction of a batch job (progress is saved after each page). */
  @WithDefault("500")
  int pageSize();

  /** Jobs claimed at once (incremental jobs then commit one by one). */
  @WithDefault("50")
  int claimBatch();

  /** How often the runner looks for jobs queued by another replica (it is also woken directly). */
  @WithDefault("2000")
  long pollMs();

  /** Run jobs in this process (off for a replica that should only serve requests). */
  @WithDefault("true")
  boolean runJobs();

  /** The most one enterprise receives across programs in a year, 元; none when absent. */
  Optional<BigDecimal> yearlyCap();
}
