package cn.gov.huaian.zjtx.enterprise.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An enterprise of the registry, identified by its 统一社会信用代码. */
@Entity
@Table(name = "enterprise")
public class Enterprise extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "credit_code", nullable = false, length = 18)
  public String creditCode;

  @Column(nullable = false)
  public String name;

  @Column(name = "district_code", nullable = false)
  public String districtCode;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();
}
