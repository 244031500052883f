package cn.gov.huaian.zjtx.matchmaking.cooperation;

import cn.gov.huaian.zjtx.matchmaking.needs.CooperationMode;
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
import java.time.LocalDate;
import java.util.UUID;

/** 合作记录: what came of an accepted interest; its rating feeds the ranking's past-outcome feature. */
@Entity
@Table(name = "cooperation_record")
public class CooperationRecord extends PanacheEntityBase {
  /** 进行中 / 已完成 / 已终止. */
  public enum Status {
    ACTIVE,
    COMPLETED,
    TERMINATED
  }

  @Id public UUID id;

  @Column(name = "interest_id", nullable = false)
  public UUID interestId;

  @Column(name = "need_id", nullable = false)
  public UUID needId;

  @Column(name = "expert_id", nullable = false)
  public UUID expertId;

  @Column(name = "enterprise_id", nullable = false)
  public UUID enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CooperationMode mode;

  public BigDecimal amount;

  @Column(name = "start_date")
  public LocalDate startDate;

  @Column(name = "end_date")
  public LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status = Status.ACTIVE;

  public String outcome;

  /** 成效评分 1–5, set when the cooperation ends. */
  public Integer rating;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();
}
