package cn.gov.huaian.zjtx.matchmaking.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event on one match (need × expert), with the match as the ranker saw it when the expert
 * showed interest: the rank and each feature's value. Numbers only: nothing of the need's text, so
 * feedback can be learnt from without revealing any firm's need.
 */
@Entity
@Table(name = "match_feedback")
public class MatchFeedback extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "need_id", nullable = false)
  public UUID needId;

  @Column(name = "expert_id", nullable = false)
  public UUID expertId;

  @Column(name = "interest_id")
  public UUID interestId;

  @Column(name = "cooperation_id")
  public UUID cooperationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public FeedbackEvent event;

  /** The Keycloak subject who caused the event (capped per actor when learning). */
  @Column(nullable = false)
  public String actor;

  @Column(name = "reason_code")
  public String reasonCode;

  public String reason;

  /** 1-based rank of the expert in the need's ranking at interest time; null when not in it. */
  public Integer rank;

  /** Feature → value at interest time (the ranking's contributions); null when not ranked. */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Double> features;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();
}
