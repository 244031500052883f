package cn.gov.huaian.zjtx.enterprise.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A commissioner (服务专员, by Keycloak subject) is responsible for an enterprise. */
@Entity
@Table(name = "commissioner_assignment")
@IdClass(CommissionerAssignment.Key.class)
public class CommissionerAssignment extends PanacheEntityBase {
  @Id
  @Column(name = "enterprise_id")
  public UUID enterpriseId;

  @Id
  @Column(name = "commissioner_subject")
  public String commissionerSubject;

  @Column(name = "assigned_at", nullable = false)
  public Instant assignedAt = Instant.now();

  @Column(name = "commissioner_name")
  public String commissionerName;

  @Column(name = "assigned_by")
  public String assignedBy;

  /** Composite key. */
  public record Key(UUID enterpriseId, String commissionerSubject) implements Serializable {}
}
