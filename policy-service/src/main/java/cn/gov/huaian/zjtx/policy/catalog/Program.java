package cn.gov.huaian.zjtx.policy.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A policy (惠企政策) or a certification program (梯度认定) of the catalogue. */
@Entity
@Table(name = "program")
public class Program extends PanacheEntityBase {
  /** What a program is. */
  public enum Kind { POLICY, CERTIFICATION }

  /** Where a program is in its life. */
  public enum Status { DRAFT, PUBLISHED, WITHDRAWN }

  @Id public UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  @Column(nullable = false)
  public String title;

  public String category;
  public String department;

  @Column(name = "doc_number")
  public String docNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status = Status.DRAFT;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();
}
