package cn.gov.huaian.zjtx.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * The bookkeeping every service that keeps a copy of enterprise snapshots shares: each event is
 * recorded once by its id in the service's {@code processed_event} table (a redelivery is a
 * duplicate), events that are not snapshots are only recorded, and a snapshot is marked applied
 * when the service's own writer stored it (its version was newer than the one held).
 *
 * <p>Call it inside the transaction that applies the event, so the receipt and the copy commit
 * together. What the service stores is its writer's business; this class knows no domain field.
 */
public final class SnapshotReceipts {
  private SnapshotReceipts() {}

  /** What became of one delivered event. */
  public enum Outcome {
    APPLIED,
    DUPLICATE,
    STALE,
    IGNORED
  }

  /** One enterprise event as delivered: its id, type, enterprise, version and snapshot data. */
  public record Delivery(
      UUID eventId, String type, UUID enterpriseId, long version, JsonNode data) {
    /** Reads the envelope; an event id that is not a UUID is bad content. */
    public static Delivery of(JsonNode event) {
      return new Delivery(
          UUID.fromString(event.path("id").asText()),
          event.path("type").asText(),
          uuidOrNull(event.path("enterpriseId").asText(null)),
          event.path("version").asLong(-1),
          event.path("data"));
    }

    /** A full snapshot of the enterprise (registered or changed), for one known enterprise. */
    public boolean isSnapshot() {
      return enterpriseId != null
          && (type.equals("enterprise.changed") || type.equals("enterprise.registered"));
    }
  }

  /** Stores a snapshot if it is newer than the held one; answers whether it did. */
  @FunctionalInterface
  public interface SnapshotWriter {
    boolean storeIfNewer(Delivery delivery);
  }

  /** Records the event once and hands a snapshot to the writer (see the class comment). */
  public static Outcome receive(EntityManager em, JsonNode event, SnapshotWriter writer) {
    Delivery delivery = Delivery.of(event);
    if (!recordedFirstTime(em, delivery)) {
      return Outcome.DUPLICATE;
    }
    if (!delivery.isSnapshot()) {
      return Outcome.IGNORED;
    }
    if (!writer.storeIfNewer(delivery)) {
      return Outcome.STALE;
    }
    em.createNativeQuery("update processed_event set applied = true where event_id = ?1")
        .setParameter(1, delivery.eventId())
        .executeUpdate();
    return Outcome.APPLIED;
  }

  private static boolean recordedFirstTime(EntityManager em, Delivery delivery) {
    return em.createNativeQuery(
                "insert into processed_event (event_id, type, enterprise_id, version, applied) "
                    + "values (?1, ?2, cast(?3 as uuid), ?4, false) on conflict do nothing")
            .setParameter(1, delivery.eventId())
            .setParameter(2, delivery.type())
            .setParameter(
                3, delivery.enterpriseId() == null ? null : delivery.enterpriseId().toString())
            .setParameter(4, delivery.version())
            .executeUpdate()
        == 1;
  }

  // A malformed enterprise id is treated as "no enterprise": the event is recorded and ignored
  // rather than dead-lettered, as both consumers did before this was shared.
  private static UUID uuidOrNull(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
