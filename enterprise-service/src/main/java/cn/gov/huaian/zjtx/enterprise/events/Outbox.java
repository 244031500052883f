package cn.gov.huaian.zjtx.enterprise.events;

import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseListener;
import cn.gov.huaian.zjtx.enterprise.tiers.Qualification;
import cn.gov.huaian.zjtx.enterprise.tiers.QualificationKind;
import cn.gov.huaian.zjtx.enterprise.tiers.TierListener;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Writes events into the outbox table, in the transaction of the change they report (the listeners
 * are called inside it; {@code MANDATORY} makes sure). The relay publishes them right after the
 * commit ({@link OutboxWritten}), or at its next scheduled round if that fails.
 */
@ApplicationScoped
public class Outbox implements EnterpriseListener, TierListener {
  private final SnapshotLoader snapshots;
  private final ObjectMapper json;
  private final io.agroal.api.AgroalDataSource dataSource;
  private final Event<OutboxWritten> written;

  public Outbox(
      SnapshotLoader snapshots,
      ObjectMapper json,
      io.agroal.api.AgroalDataSource dataSource,
      Event<OutboxWritten> written) {
    this.snapshots = snapshots;
    this.json = json;
    this.dataSource = dataSource;
    this.written = written;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void registered(Enterprise e) {
    EnterpriseSnapshot s = snapshots.load(List.of(e)).get(e.id);
    write(EventEnvelope.REGISTERED, e.id, e.version, s);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(Enterprise e) {
    EnterpriseSnapshot s = snapshots.load(List.of(e)).get(e.id);
    write(EventEnvelope.CHANGED, e.id, e.version, s);
  }

  /**
   * Many enterprises at once (imports, demo data): one snapshot batch, one event each, written with
   * a single set-based insert.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void registeredOrChanged(
      Collection<Enterprise> enterprises, java.util.Set<UUID> registered) {
    bulk(snapshots.load(enterprises).values(), registered);
  }

  /**
   * Writes one event per snapshot (registered for ids in {@code registered}, changed otherwise) in
   * one insert.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void bulk(Collection<EnterpriseSnapshot> all, java.util.Set<UUID> registered) {
    if (all.isEmpty()) {
      return;
    }
    int n = all.size();
    String[][] cols = new String[6][n];
    int i = 0;
    Instant now = Instant.now();
    for (EnterpriseSnapshot s : all) {
      UUID id = UUID.randomUUID();
      String type = registered.contains(s.id()) ? EventEnvelope.REGISTERED : EventEnvelope.CHANGED;
      cols[0][i] = id.toString();
      cols[1][i] = s.id().toString();
      cols[2][i] = type;
      cols[3][i] = Long.toString(s.version());
      try {
        cols[4][i] =
            json.writeValueAsString(
                new EventEnvelope(id, type, EventEnvelope.SOURCE, now, s.id(), s.version(), s));
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException("事件无法序列化", ex);
      }
      cols[5][i] = now.toString();
      i++;
    }
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement st =
            c.prepareStatement(
                "insert into outbox (id, aggregate_id, type, version, payload, created_at)"
                    + " select u.id::uuid, u.agg::uuid, u.type, u.version::bigint, u.payload::json, u.created::timestamptz"
                    + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, agg, type, version, payload, created)")) {
      for (int k = 0; k < cols.length; k++) {
        st.setArray(k + 1, c.createArrayOf("text", cols[k]));
      }
      st.executeUpdate();
      written.fire(OutboxWritten.INSTANCE);
    } catch (java.sql.SQLException ex) {
      throw new IllegalStateException("事件写入发件箱失败", ex);
    }
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void tierCertified(Enterprise e, Qualification q) {
    var kind = QualificationKind.of(q.kind).orElseThrow();
    write(
        EventEnvelope.TIER_CERTIFIED,
        e.id,
        e.version,
        new TierCertified(
            q.id,
            e.creditCode,
            e.name,
            e.districtCode,
            kind.code,
            kind.label,
            q.level,
            q.batch,
            q.grantedOn,
            q.reviewOn));
  }

  private void write(String type, UUID enterpriseId, long version, Object data) {
    OutboxEvent row = new OutboxEvent();
    row.id = UUID.randomUUID();
    row.aggregateId = enterpriseId;
    row.type = type;
    row.version = version;
    row.createdAt = Instant.now();
    try {
      row.payload =
          json.writeValueAsString(
              new EventEnvelope(
                  row.id, type, EventEnvelope.SOURCE, row.createdAt, enterpriseId, version, data));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("事件无法序列化", ex);
    }
    row.persist();
    written.fire(OutboxWritten.INSTANCE);
  }
}
