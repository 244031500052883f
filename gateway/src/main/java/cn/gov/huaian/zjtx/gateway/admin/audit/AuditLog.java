package cn.gov.huaian.zjtx.gateway.admin.audit;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Writes the audit trail of the admin API. */
@ApplicationScoped
public class AuditLog {

  @Transactional
  public void record(
      String actor, String action, String target, JsonObject detail, String requestId) {
    var entry = new AdminAudit();
    entry.actor = actor;
    entry.action = action;
    entry.target = target;
    entry.detail = detail == null ? null : detail.encode();
    entry.requestId = requestId;
    entry.persist();
  }
}
