package cn.gov.huaian.zjtx.policy.facts;

import java.util.UUID;

/**
 * CDI event fired inside the transaction that stored a newer snapshot, so that whoever reacts (the
 * re-match queue) writes its work in the same transaction: no change without its job.
 */
public record EnterpriseFactsChanged(UUID enterpriseId, long version) {}
