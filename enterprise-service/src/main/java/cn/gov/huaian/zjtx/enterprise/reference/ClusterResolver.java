package cn.gov.huaian.zjtx.enterprise.reference;

import java.util.Map;
import java.util.Optional;

/**
 * The 7+3 cluster of a GB/T 4754-2017 class under a mapping of code prefixes (division, group or
 * class) to clusters: the longest matching prefix wins, so a class can be carved out of its
 * division (3973 集成电路制造 out of 39 电子设备制造).
 */
public record ClusterResolver(Map<String, Cluster> byPrefix) {
  public ClusterResolver {
    byPrefix = Map.copyOf(byPrefix);
  }

  public Optional<Cluster> resolve(String industryCode) {
    if (industryCode == null) {
      return Optional.empty();
    }
    for (int len = Math.min(4, industryCode.length()); len >= 2; len--) {
      Cluster c = byPrefix.get(industryCode.substring(0, len));
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
