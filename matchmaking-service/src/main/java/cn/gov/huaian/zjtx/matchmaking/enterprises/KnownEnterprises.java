package cn.gov.huaian.zjtx.matchmaking.enterprises;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The enterprises this service knows: those enterprise-service announced by an event ({@code
 * enterprise_version}, with the 统一社会信用代码 and name of the latest snapshot). A need is only recorded
 * for a known enterprise; imports name firms by credit code or by exact name.
 */
@ApplicationScoped
public class KnownEnterprises {
  private final EntityManager em;

  public KnownEnterprises(EntityManager em) {
    this.em = em;
  }

  public boolean exists(UUID enterpriseId) {
    return enterpriseId != null
        && !em.createNativeQuery("select 1 from enterprise_version where enterprise_id = ?1")
            .setParameter(1, enterpriseId)
            .getResultList()
            .isEmpty();
  }

  /** What the 科技副总 match reads of a firm: where it is and what it makes, as last announced. */
  public record Profile(String districtCode, String mainProduct) {}

  /** The firm's profile, if enterprise-service announced it. */
  public Optional<Profile> profile(UUID enterpriseId) {
    if (enterpriseId == null) {
      return Optional.empty();
    }
    List<?> rows =
        em.createNativeQuery(
                "select district_code, main_product from enterprise_version where enterprise_id = ?1")
            .setParameter(1, enterpriseId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.getFirst();
    return Optional.of(new Profile((String) row[0], (String) row[1]));
  }

  /** The names of those of these firms whose name was announced. */
  @SuppressWarnings("unchecked")
  public Map<UUID, String> names(Collection<UUID> enterpriseIds) {
    if (enterpriseIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select enterprise_id, name from enterprise_version where enterprise_id = any(?1) and name is not null")
            .setParameter(1, enterpriseIds.toArray(UUID[]::new))
            .getResultList();
    var out = new HashMap<UUID, String>();
    rows.forEach(r -> out.put((UUID) r[0], (String) r[1]));
    return out;
  }

  /** The enterprise with this 统一社会信用代码, if known. */
  public Optional<UUID> byCreditCode(String creditCode) {
    return single("credit_code", creditCode == null ? null : creditCode.strip().toUpperCase());
  }

  /** The enterprise with exactly this name, if exactly one is known by it. */
  public Optional<UUID> byName(String name) {
    return single("name", name == null ? null : name.strip());
  }

  @SuppressWarnings("unchecked")
  private Optional<UUID> single(String column, String value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    List<UUID> ids =
        em.createNativeQuery(
                "select enterprise_id from enterprise_version where " + column + " = ?1 limit 2")
            .setParameter(1, value)
            .getResultList();
    return ids.size() == 1 ? Optional.of(ids.getFirst()) : Optional.empty();
  }
}
