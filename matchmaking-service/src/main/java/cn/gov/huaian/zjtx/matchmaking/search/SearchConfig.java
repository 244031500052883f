package cn.gov.huaian.zjtx.matchmaking.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Search index names and the indexing job's pace. */
@ConfigMapping(prefix = "zjtx.search")
public interface SearchConfig {
  /** Prefix of every index and alias this service owns; tests use their own. */
  @WithDefault("zjtx-mm-")
  String indexPrefix();

  /** Whether the scheduled job drains the outbox (tests drain it by hand). */
  @WithDefault("true")
  boolean jobEnabled();

  /** Outbox rows per job round. */
  @WithDefault("100")
  int batchSize();

  /** Candidates taken from each of BM25 and kNN before fusion. */
  @WithDefault("100")
  int candidates();

  /** HNSW candidates per shard for kNN. */
  @WithDefault("200")
  int numCandidates();

  default String alias(DocKind kind) {
    return indexPrefix() + kind.indexSuffix();
  }
}
