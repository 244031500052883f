package cn.gov.huaian.zjtx.matchmaking.needs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A technology need (技术需求) posted by an enterprise. */
@Entity
@Table(name = "tech_need")
public class TechNeed extends PanacheEntityBase {
  /** Whether the need takes answers. */
  public enum Status { OPEN, PAUSED, CLOSED }

  @Id public UUID id;

  @Column(name = "enterprise_id", nullable = false)
  public UUID enterpriseId;

  @Column(nullable = false)
  public String title;

  @Column(name = "public_summary", nullable = false)
  public String publicSummary;

  /** Shown only to the owner, and to a counterpart once both sides agreed. */
  @Column(name = "private_detail")
  public String privateDetail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status = Status.OPEN;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();
}
