package cn.gov.huaian.zjtx.matchmaking.platform.idempotency;

import cn.gov.huaian.zjtx.matchmaking.platform.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Create endpoints accept an {@code Idempotency-Key}: the first request with a key creates, a
 * repeat by the same caller answers with what the first one created.
 */
@ApplicationScoped
public class IdempotencyKeys {
  private final EntityManager em;

  public IdempotencyKeys(EntityManager em) {
    this.em = em;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<UUID> find(String subject, String key) {
    if (key == null) {
      return Optional.empty();
    }
    check(key);
    @SuppressWarnings("unchecked")
    List<UUID> ids = em.createNativeQuery("select resource_id from idempotency_key where subject = ?1 and key = ?2")
        .setParameter(1, subject)
        .setParameter(2, key)
        .getResultList();
    return ids.stream().findFirst();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void remember(String subject, String key, String resource, UUID id) {
    if (key == null) {
      return;
    }
    em.createNativeQuery(
            "insert into idempotency_key (subject, key, resource, resource_id) values (?1, ?2, ?3, ?4)")
        .setParameter(1, subject)
        .setParameter(2, key)
        .setParameter(3, resource)
        .setParameter(4, id)
        .executeUpdate();
  }

  private static void check(String key) {
    if (key.isBlank() || key.length() > 100) {
      new Violations().add("Idempotency-Key", "幂等键须为 1–100 个字符").throwIfAny();
    }
  }
}
