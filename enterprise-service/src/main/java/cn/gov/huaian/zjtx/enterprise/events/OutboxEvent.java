package cn.gov.huaian.zjtx.enterprise.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * An event waiting in (or sent from) the outbox; its {@code seq} column (publication order) is set
 * by the database.
 */
@Entity
@Table(name = "outbox")
public class OutboxEvent extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "aggregate_id", nullable = false)
  public UUID aggregateId;

  @Column(nullable = false)
  public String type;

  @Column(nullable = false)
  public long version;

  @ColumnTransformer(write = "?::json")
  @Column(nullable = false, columnDefinition = "json")
  public String payload;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "sent_at")
  public Instant sentAt;

  public int attempts;

  @Column(name = "last_error")
  public String lastError;
}
