package cn.gov.huaian.zjtx.matchmaking.ranking;

import java.util.List;

/**
 * Ranked matches. {@code degraded} is true when Elasticsearch could not answer and the results come
 * from the PostgreSQL fallback (fewer candidates, same re-rank). {@code nextCursor}, when not null,
 * asks for the next page (pass it back as {@code cursor}); null when the ranking has no more
 * results (or the results limit is reached).
 */
public record MatchResult(List<Match> items, boolean degraded, String nextCursor) {
  public MatchResult(List<Match> items, boolean degraded) {
    this(items, degraded, null);
  }
}
