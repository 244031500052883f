package cn.gov.huaian.zjtx.policy.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 规则版本: the rules of a program as they were at one version; results cite the number. */
@Entity
@Table(name = "program_version")
public class ProgramVersion extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "program_id", nullable = false)
  public UUID programId;

  @Column(nullable = false)
  public int number;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String rules;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "created_by")
  public String createdBy;

  public static Optional<ProgramVersion> of(UUID programId, int number) {
    return find("programId = ?1 and number = ?2", programId, number).firstResultOptional();
  }
}
