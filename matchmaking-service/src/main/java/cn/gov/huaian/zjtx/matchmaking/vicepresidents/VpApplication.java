package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An expert's application to a 科技副总 posting; the assignment run sets status and score. */
@Entity
@Table(name = "vp_application")
public class VpApplication extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "seat_id", nullable = false)
  public UUID seatId;

  @Column(name = "expert_id", nullable = false)
  public UUID expertId;

  public String statement;

  /** PENDING, ASSIGNED or NOT_ASSIGNED. */
  @Column(nullable = false)
  public String status = "PENDING";

  public Double score;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();
}
