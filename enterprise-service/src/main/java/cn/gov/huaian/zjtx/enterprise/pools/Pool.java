package cn.gov.huaian.zjtx.enterprise.pools;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A cultivation pool (培育库). */
@Entity
@Table(name = "pool")
public class Pool extends PanacheEntityBase {
  @Id public String code;
  public String name;
  public short ord;
}
