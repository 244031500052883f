package cn.gov.huaian.zjtx.matchmaking.needs;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** The need-intake gate's thresholds (see {@link NeedQuality}), editable without a release. */
@ConfigMapping(prefix = "zjtx.need-quality")
public interface NeedQualityConfig {
  /** Checks (of six) a need must pass to count as 合格; below, it is published as 待完善. */
  @WithDefault("4")
  int minPassed();

  /** Characters of summary and description below which a need says too little. */
  @WithDefault("40")
  int minDetailChars();

  /** Hands the configured thresholds to the pure gate once, at start. */
  @Singleton
  class Apply {
    void start(@Observes StartupEvent e, NeedQualityConfig config) {
      NeedQuality.configure(new NeedQuality.Settings(config.minPassed(), config.minDetailChars()));
    }
  }
}
