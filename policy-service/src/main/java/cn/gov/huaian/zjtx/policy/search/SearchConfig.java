package cn.gov.huaian.zjtx.policy.search;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Where the policy search index lives. */
@ConfigMapping(prefix = "zjtx.search")
public interface SearchConfig {
  /** Prefix of every index and alias name (env ZJTX_INDEX_PREFIX); empty by default. */
  Optional<String> indexPrefix();

  /** Rebuild the index at start-up (tests: the database was cleaned, so must the index be). */
  @io.smallrye.config.WithDefault("false")
  boolean rebuildOnStart();

  /** The alias searches and writes go through. */
  default String alias() {
    return indexPrefix().orElse("") + "policy-programs";
  }
}
