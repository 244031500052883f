package cn.gov.huaian.zjtx.enterprise.tiers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One certification of a tier or qualification held by an enterprise. */
@Entity
@Table(name = "qualification")
public class Qualification extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "enterprise_id", nullable = false)
  public UUID enterpriseId;

  /** {@link QualificationKind} code. */
  @Column(nullable = false)
  public String kind;

  /** {@link QualificationKind.Level} code, or null where the kind has no level. */
  public String level;

  public String batch;

  @Column(name = "granted_on", nullable = false)
  public LocalDate grantedOn;

  @Column(name = "review_on")
  public LocalDate reviewOn;

  @Column(name = "revoked_on")
  public LocalDate revokedOn;

  @Column(name = "revoke_reason")
  public String revokeReason;

  public String note;

  /** An award's rank (获奖单位排名, 全国名次); null for titles and awards without one. */
  @Column(name = "award_rank")
  public Integer rank;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "created_by")
  public String createdBy;

  /** Held on {@code day}: granted by then, not revoked, and not past its review date. */
  public boolean currentOn(LocalDate day) {
    return held().currentOn(day);
  }

  public Tiers.Held held() {
    return new Tiers.Held(QualificationKind.of(kind).orElseThrow(), grantedOn, reviewOn, revokedOn);
  }
}
