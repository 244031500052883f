package cn.gov.huaian.zjtx.gateway.admin.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One write made through the admin API: who, what, on what, when. */
@Entity
@Table(name = "admin_audit")
public class AdminAudit extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public Instant at = Instant.now();

  @Column(nullable = false)
  public String actor;

  @Column(nullable = false)
  public String action;

  public String target;

  @JdbcTypeCode(SqlTypes.JSON)
  public String detail;

  @Column(name = "request_id")
  public String requestId;
}
