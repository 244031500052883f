package cn.gov.huaian.zjtx.matchmaking.ranking;

import java.util.List;

/**
 * Ranked matches. {@code degraded} is true when Elasticsearch could not answer and the results come
 * from the PostgreSQL fallback (fewer candidates, same re-rank).
 */
public record MatchResult(List<Match> items, boolean degraded) {}
