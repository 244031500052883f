package cn.gov.huaian.zjtx.matchmaking.needs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** Read model: which enterprises a commissioner (服务专员) serves; owned by enterprise-service. */
@Entity
@Table(name = "commissioner_assignment")
@IdClass(CommissionerAssignment.Key.class)
public class CommissionerAssignment extends PanacheEntityBase {
  @Id
  @Column(name = "commissioner_subject")
  public String commissionerSubject;

  @Id
  @Column(name = "enterprise_id")
  public UUID enterpriseId;

  /** Composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    public String commissionerSubject;
    public UUID enterpriseId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(k.commissionerSubject, commissionerSubject)
          && java.util.Objects.equals(k.enterpriseId, enterpriseId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(commissionerSubject, enterpriseId);
    }
  }
}
