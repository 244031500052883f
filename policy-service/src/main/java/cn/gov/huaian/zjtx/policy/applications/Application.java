package cn.gov.huaian.zjtx.policy.applications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 财政奖补申报：an enterprise's application to one program, through review to payout. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {
  /** 申报 → 审核（通过/驳回）→ 兑付. */
  public enum Status {
    SUBMITTED,
    APPROVED,
    REJECTED,
    PAID
  }

  @Id public UUID id;

  @Column(name = "enterprise_id", nullable = false)
  public UUID enterpriseId;

  @Column(name = "program_id", nullable = false)
  public UUID programId;

  @Column(name = "rules_version", nullable = false)
  public int rulesVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status = Status.SUBMITTED;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String form;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String attachments;

  @Column(name = "requested_amount")
  public BigDecimal requestedAmount;

  @Column(name = "estimate_min")
  public BigDecimal estimateMin;

  @Column(name = "estimate_max")
  public BigDecimal estimateMax;

  @Column(name = "approved_amount")
  public BigDecimal approvedAmount;

  @Column(name = "submitted_at", nullable = false)
  public Instant submittedAt = Instant.now();

  @Column(name = "submitted_by")
  public String submittedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decision_reason")
  public String decisionReason;

  @Column(name = "paid_at")
  public Instant paidAt;

  @Column(name = "paid_amount")
  public BigDecimal paidAmount;

  @Column(name = "payout_reference")
  public String payoutReference;

  @Version public long version;
}
