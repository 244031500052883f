package cn.gov.huaian.zjtx.matchmaking.enterprises;

import cn.gov.huaian.zjtx.platform.messaging.SnapshotReceipts;
import cn.gov.huaian.zjtx.platform.messaging.SnapshotReceipts.Delivery;
import cn.gov.huaian.zjtx.platform.messaging.SnapshotReceipts.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Applies enterprise events to this service's read model of the firms it knows ({@code
 * enterprise_version}: id, version, credit code, name) and of commissioner assignments (who may
 * post and see needs for which firm): each event once (by id), and a snapshot only if its version
 * is newer than the one held for the enterprise. The snapshot's {@code commissioners} list replaces
 * the enterprise's rows in {@code commissioner_assignment}.
 */
@ApplicationScoped
public class EnterpriseEvents {
  static final int SUBJECT_MAX = 64;

  private final EntityManager em;

  public EnterpriseEvents(EntityManager em) {
    this.em = em;
  }

  /**
   * One event in one transaction: the receipt is recorded first (a redelivery is a duplicate, see
   * {@link SnapshotReceipts}), then the enterprise's version is raised, and only if it rose are the
   * assignments replaced. Bad content throws {@link IllegalArgumentException} (nothing is written).
   */
  @Transactional
  public Outcome apply(JsonNode event) {
    return SnapshotReceipts.receive(em, event, this::storeIfNewer);
  }

  private boolean storeIfNewer(Delivery delivery) {
    if (delivery.version() < 0) {
      throw new IllegalArgumentException("企业事件缺少版本号");
    }
    UUID enterpriseId = delivery.enterpriseId();
    JsonNode data = delivery.data();
    Set<String> subjects = subjects(data);
    int newer =
        em.createNativeQuery(
                "insert into enterprise_version (enterprise_id, version, credit_code, name, district_code, main_product) "
                    + "values (?1, ?2, ?3, ?4, ?5, ?6) "
                    + "on conflict (enterprise_id) do update set version = excluded.version, applied_at = now(), "
                    + "credit_code = excluded.credit_code, name = excluded.name, "
                    + "district_code = excluded.district_code, main_product = excluded.main_product "
                    + "where enterprise_version.version < excluded.version")
            .setParameter(1, enterpriseId)
            .setParameter(2, delivery.version())
            .setParameter(3, clipped(data.path("creditCode").asText(null), 18))
            .setParameter(4, clipped(data.path("name").asText(null), 200))
            .setParameter(5, clipped(data.path("districtCode").asText(null), 6))
            .setParameter(6, clipped(data.path("mainProduct").asText(null), 100))
            .executeUpdate();
    if (newer == 0) {
      return false;
    }
    if (subjects != null) {
      replaceAssignments(enterpriseId, subjects);
    }
    return true;
  }

  private void replaceAssignments(UUID enterpriseId, Set<String> subjects) {
    em.createNativeQuery("delete from commissioner_assignment where enterprise_id = ?1")
        .setParameter(1, enterpriseId)
        .executeUpdate();
    if (!subjects.isEmpty()) {
      em.createNativeQuery(
              "insert into commissioner_assignment (commissioner_subject, enterprise_id) "
                  + "select s, ?1 from unnest(cast(?2 as text[])) as s on conflict do nothing")
          .setParameter(1, enterpriseId)
          .setParameter(
              2, "{" + String.join(",", subjects.stream().map(s -> "\"" + s + "\"").toList()) + "}")
          .executeUpdate();
    }
  }

  /** The snapshot's text, or null when absent or longer than the column (never a failed event). */
  static String clipped(String value, int max) {
    return value == null || value.isBlank() || value.length() > max ? null : value.strip();
  }

  /**
   * The subjects of the snapshot's commissioners; null if the snapshot has no such field (a
   * producer older than the field: assignments are left as they are).
   */
  static Set<String> subjects(JsonNode data) {
    JsonNode list = data.get("commissioners");
    if (list == null || list.isNull()) {
      return null;
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException("commissioners 应为数组");
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode c : list) {
      String subject = c.path("subject").asText("");
      if (subject.isBlank()
          || subject.length() > SUBJECT_MAX
          || !subject.matches("[0-9A-Za-z._@:-]+")) {
        throw new IllegalArgumentException("服务专员标识无效：" + subject);
      }
      out.add(subject);
    }
    return out;
  }
}
