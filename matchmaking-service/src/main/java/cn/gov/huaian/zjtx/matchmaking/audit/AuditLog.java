package cn.gov.huaian.zjtx.matchmaking.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one audit row in the caller's transaction, so the record and the change commit together.
 */
@ApplicationScoped
public class AuditLog {
  private final EntityManager em;
  private final ObjectMapper json;

  public AuditLog(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String actor, String action, String entity, UUID entityId, Map<String, ?> detail) {
    try {
      em.createNativeQuery(
              "insert into audit_log (actor, action, entity, entity_id, detail) values (?1, ?2, ?3, ?4, cast(?5 as jsonb))")
          .setParameter(1, actor)
          .setParameter(2, action)
          .setParameter(3, entity)
          .setParameter(4, entityId)
          .setParameter(5, json.writeValueAsString(detail))
          .executeUpdate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
