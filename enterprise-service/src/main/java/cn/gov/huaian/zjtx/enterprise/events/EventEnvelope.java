package cn.gov.huaian.zjtx.enterprise.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What travels on the broker: an event id consumers deduplicate by, the type (also the routing
 * key), the enterprise and its version after the change (consumers ignore older versions), and the
 * type's data.
 */
public record EventEnvelope(
    UUID id,
    String type,
    String source,
    Instant occurredAt,
    UUID enterpriseId,
    long version,
    Object data) {
  public static final String REGISTERED = "enterprise.registered";
  public static final String CHANGED = "enterprise.changed";
  public static final String TIER_CERTIFIED = "enterprise.tier-certified";
  public static final String SOURCE = "enterprise-service";
}
