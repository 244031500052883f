package cn.gov.huaian.zjtx.policy.facts;

/**
 * Facts of {@code firms} enterprises were derived again from their stored snapshots and changed (a
 * new version of {@link FactDerivation}): their results are stale, all at once.
 */
public record FactsRederived(int firms) {}
