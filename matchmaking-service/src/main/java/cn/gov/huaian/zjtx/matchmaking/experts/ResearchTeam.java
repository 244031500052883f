package cn.gov.huaian.zjtx.matchmaking.experts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A research team (科研团队) of one university. */
@Entity
@Table(name = "research_team")
public class ResearchTeam extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "university_id", nullable = false)
  public UUID universityId;

  @Column(nullable = false)
  public String name;

  @Column(name = "leader_id")
  public UUID leaderId;

  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> disciplines = new ArrayList<>();

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();
}
