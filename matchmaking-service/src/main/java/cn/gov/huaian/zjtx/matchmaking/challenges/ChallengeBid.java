package cn.gov.huaian.zjtx.matchmaking.challenges;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A team's bid (揭榜方案) on a challenge; scored by an admin, some become winners. */
@Entity
@Table(name = "challenge_bid")
public class ChallengeBid extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "challenge_id", nullable = false)
  public UUID challengeId;

  @Column(name = "team_id", nullable = false)
  public UUID teamId;

  @Column(nullable = false)
  public String proposal;

  public BigDecimal score;

  @Column(nullable = false)
  public boolean winner;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();
}
