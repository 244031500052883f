package cn.gov.huaian.zjtx.matchmaking.experts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A university (高校) whose technology-transfer office manages experts and teams. */
@Entity
@Table(name = "university")
public class University extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String city;

  @Column(nullable = false)
  public String province;

  /** 驻淮高校. */
  @Column(name = "in_huaian", nullable = false)
  public boolean inHuaian;

  @Column(name = "in_jiangsu", nullable = false)
  public boolean inJiangsu;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();
}
