package cn.gov.huaian.zjtx.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a service does with one event (already checked to carry an {@code id} and a {@code type}).
 * It must be idempotent: the same event may arrive again after a crash. An {@link
 * IllegalArgumentException} or a date that cannot be parsed means the content is bad
 * (dead-lettered); any other failure is taken as passing (requeued).
 */
@FunctionalInterface
public interface EventHandler {
  /** Applies the event and returns what happened, for the log (e.g. APPLIED, DUPLICATE, STALE). */
  Object apply(JsonNode event);
}
