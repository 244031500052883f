package cn.gov.huaian.zjtx.matchmaking.ranking;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of the re-rank's adjustment weights (discipline, cluster, locality, capacity,
 * outcome), as learnt from feedback, with what the offline gate measured. At most one is ACTIVE;
 * without one, the configured weights apply.
 */
@Entity
@Table(name = "ranking_weights")
public class WeightsVersion extends PanacheEntityBase {
  public enum VersionStatus {
    ACTIVE,
    RETIRED,
    REJECTED,
    ROLLED_BACK
  }

  @Id public int version;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public Map<String, Double> weights;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public VersionStatus status;

  @Column(nullable = false)
  public int examples;

  @Column(nullable = false)
  public double effective;

  @Column(name = "current_ndcg")
  public Double currentNdcg;

  @Column(name = "proposed_ndcg")
  public Double proposedNdcg;

  public String note;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "activated_at")
  public Instant activatedAt;
}
