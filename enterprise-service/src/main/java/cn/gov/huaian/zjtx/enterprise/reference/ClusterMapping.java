package cn.gov.huaian.zjtx.enterprise.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the admin-editable mapping of GB/T 4754 code prefixes to 7+3 clusters. */
@Entity
@Table(name = "cluster_mapping")
public class ClusterMapping extends PanacheEntityBase {
  @Id public String prefix;

  @Column(name = "cluster_code", nullable = false)
  public String clusterCode;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();

  @Column(name = "updated_by")
  public String updatedBy;
}
