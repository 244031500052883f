package cn.gov.huaian.zjtx.matchmaking.cooperation;

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

/** 合作意向: an expert (or its university on its behalf) is interested in a need. */
@Entity
@Table(name = "interest")
public class Interest extends PanacheEntityBase {
  /** PENDING → ACCEPTED or DECLINED (by the enterprise), or WITHDRAWN (by the expert side). */
  public enum Status {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN
  }

  @Id public UUID id;

  @Column(name = "need_id", nullable = false)
  public UUID needId;

  @Column(name = "expert_id", nullable = false)
  public UUID expertId;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  public String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status = Status.PENDING;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  /** Why the firm declined ({@link cn.gov.huaian.zjtx.matchmaking.feedback.DeclineReason}). */
  @Column(name = "decline_reason_code")
  public String declineReasonCode;

  @Column(name = "decline_reason")
  public String declineReason;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  /** The decision rule, as a pure transition: only a pending interest can be decided. */
  public boolean decide(boolean accept, String by) {
    if (status != Status.PENDING) {
      return false;
    }
    status = accept ? Status.ACCEPTED : Status.DECLINED;
    decidedAt = Instant.now();
    decidedBy = by;
    return true;
  }
}
