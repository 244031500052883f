package cn.gov.huaian.zjtx.enterprise.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A create request already carried out under an Idempotency-Key, per user. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Key.class)
public class IdempotencyKey extends PanacheEntityBase {
  @Id public String subject;

  @Id
  @Column(name = "idem_key")
  public String idemKey;

  @Column(name = "request_hash", nullable = false)
  public String requestHash;

  @Column(name = "resource_id", nullable = false)
  public UUID resourceId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  /** Composite key. */
  public record Key(String subject, String idemKey) implements Serializable {}
}
