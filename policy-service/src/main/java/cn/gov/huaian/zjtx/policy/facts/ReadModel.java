package cn.gov.huaian.zjtx.policy.facts;

import cn.gov.huaian.zjtx.platform.messaging.SnapshotReceipts;
import cn.gov.huaian.zjtx.platform.messaging.SnapshotReceipts.Delivery;
import cn.gov.huaian.zjtx.platform.messaging.SnapshotReceipts.Outcome;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * 企业读模型：stores snapshots from enterprise events (newer versions only, each event once) and hands
 * out enterprises as fact sets for the rules, dated today in Asia/Shanghai.
 */
@ApplicationScoped
public class ReadModel {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EntityManager em;
  private final Event<EnterpriseFactsChanged> changed;
  private final FactCatalogue catalogue = StandardFacts.catalogue();

  public ReadModel(EntityManager em, Event<EnterpriseFactsChanged> changed) {
    this.em = em;
    this.changed = changed;
  }

  /**
   * Applies one event in one transaction: the receipt is recorded first (a redelivery is a
   * duplicate, see {@link SnapshotReceipts}), then the snapshot replaces the stored one only if its
   * version is newer; a stored snapshot is announced ({@link EnterpriseFactsChanged}).
   */
  @Transactional
  public Outcome apply(JsonNode event) {
    return SnapshotReceipts.receive(em, event, this::storeIfNewer);
  }

  private boolean storeIfNewer(Delivery delivery) {
    if (!upsert(delivery.enterpriseId(), delivery.version(), delivery.data())) {
      return false;
    }
    changed.fire(new EnterpriseFactsChanged(delivery.enterpriseId(), delivery.version()));
    return true;
  }

  private boolean upsert(UUID id, long version, JsonNode data) {
    String facts = factsOf(data).toString();
    Instant updatedAt =
        data.hasNonNull("updatedAt")
            ? Instant.parse(data.get("updatedAt").asText())
            : Instant.now();
    return em.createNativeQuery(
                "insert into enterprise_fact (enterprise_id, version, credit_code, name, district_code, cluster, tier, snapshot, facts, updated_at) "
                    + "values (?1, ?2, ?3, ?4, nullif(?5, ''), nullif(?6, ''), nullif(?7, ''), cast(?8 as jsonb), cast(?9 as jsonb), ?10) "
                    + "on conflict (enterprise_id) do update set version = excluded.version, credit_code = excluded.credit_code, "
                    + "name = excluded.name, district_code = excluded.district_code, cluster = excluded.cluster, tier = excluded.tier, "
                    + "snapshot = excluded.snapshot, facts = excluded.facts, updated_at = excluded.updated_at, received_at = now() "
                    + "where enterprise_fact.version < excluded.version")
            .setParameter(1, id)
            .setParameter(2, version)
            .setParameter(3, data.path("creditCode").asText(""))
            .setParameter(4, data.path("name").asText(""))
            .setParameter(5, data.path("districtCode").asText(""))
            .setParameter(6, data.path("cluster").asText(""))
            .setParameter(7, data.path("tier").asText(""))
            .setParameter(8, data.toString())
            .setParameter(9, facts)
            .setParameter(10, Timestamp.from(updatedAt))
            .executeUpdate()
        == 1;
  }

  /** The facts of a snapshot as stored: derived, in the codec's JSON. */
  static ObjectNode factsOf(JsonNode snapshot) {
    return FactCodec.toJson(FactDerivation.derive(snapshot));
  }

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  @Transactional
  public Optional<EnterpriseRecord> find(UUID id) {
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(SELECT + " where enterprise_id = ?1", Object[].class)
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(this::record);
  }

  /**
   * Enterprises in id order after {@code after} (null for the first page): keyset paging for jobs.
   */
  @Transactional
  public List<EnterpriseRecord> page(UUID after, int size) {
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                SELECT + " where enterprise_id > ?1 order by enterprise_id limit ?2",
                Object[].class)
            .setParameter(1, after == null ? new UUID(0L, 0L) : after)
            .setParameter(2, size)
            .getResultList();
    List<EnterpriseRecord> records = new ArrayList<>(rows.size());
    rows.forEach(r -> records.add(record(r)));
    return records;
  }

  @Transactional
  public long count() {
    return ((Number) em.createNativeQuery("select count(*) from enterprise_fact").getSingleResult())
        .longValue();
  }

  /** Whether the enterprise's latest snapshot lists this commissioner (服务专员) as assigned to it. */
  @Transactional
  public boolean isServedBy(UUID enterpriseId, String commissionerSubject) {
    return !em.createNativeQuery(
            "select 1 from enterprise_fact where enterprise_id = ?1 "
                + "and snapshot->'commissioners' @> jsonb_build_array(jsonb_build_object('subject', cast(?2 as text)))")
        .setParameter(1, enterpriseId)
        .setParameter(2, commissionerSubject)
        .getResultList()
        .isEmpty();
  }

  /** The raw snapshot, for forms pre-filled from what the enterprise declared. */
  @Transactional
  public Optional<JsonNode> snapshot(UUID id) {
    List<?> rows =
        em.createNativeQuery(
                "select cast(snapshot as text) from enterprise_fact where enterprise_id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(s -> readTree(s.toString()));
  }

  private static final String SELECT =
      "select enterprise_id, version, credit_code, name, district_code, cluster, tier, cast(facts as text), updated_at from enterprise_fact";

  private EnterpriseRecord record(Object[] r) {
    return new EnterpriseRecord(
        (UUID) r[0],
        ((Number) r[1]).longValue(),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        FactCodec.toFactSet(readTree((String) r[7]), catalogue, today()),
        instant(r[8]));
  }

  static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Timestamp t -> t.toInstant();
      case java.time.OffsetDateTime o -> o.toInstant();
      case Instant i -> i;
      default -> throw new IllegalStateException("无法识别的时间类型");
    };
  }

  private static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("读模型中的 JSON 无法解析", e);
    }
  }
}
