package cn.gov.huaian.zjtx.matchmaking.experts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A university expert (专家) whom needs can be matched to. */
@Entity
@Table(name = "expert")
public class Expert extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "university_id", nullable = false)
  public UUID universityId;

  @Column(nullable = false)
  public String name;

  public String title;

  @Column(name = "research_directions")
  public String researchDirections;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();
}
