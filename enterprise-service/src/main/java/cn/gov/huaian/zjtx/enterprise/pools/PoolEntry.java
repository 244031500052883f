package cn.gov.huaian.zjtx.enterprise.pools;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stay of an enterprise in a pool: dated entry with a reason, and later a dated exit with a
 * reason.
 */
@Entity
@Table(name = "pool_entry")
public class PoolEntry extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "enterprise_id", nullable = false)
  public UUID enterpriseId;

  @Column(name = "pool_code", nullable = false)
  public String poolCode;

  @Column(name = "entered_on", nullable = false)
  public LocalDate enteredOn;

  @Column(name = "entry_reason", nullable = false)
  public String entryReason;

  @Column(name = "exited_on")
  public LocalDate exitedOn;

  @Column(name = "exit_reason")
  public String exitReason;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "created_by")
  public String createdBy;
}
