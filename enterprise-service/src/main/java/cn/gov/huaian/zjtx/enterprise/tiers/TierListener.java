package cn.gov.huaian.zjtx.enterprise.tiers;

import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;

/**
 * Told, inside the certifying transaction, that an enterprise was certified a tier of the ladder.
 */
public interface TierListener {
  void tierCertified(Enterprise e, Qualification q);
}
