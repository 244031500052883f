package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

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

/** A 科技副总 posting of an enterprise, with how many experts it takes. */
@Entity
@Table(name = "vp_seat")
public class VpSeat extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "enterprise_id", nullable = false)
  public UUID enterpriseId;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "nsfc_codes", nullable = false)
  public List<String> nsfcCodes = new ArrayList<>();

  public String cluster;

  /** 主导产品（线）: what the firm makes, which the 科技副总 is to improve. */
  @Column(name = "main_product_line")
  public String mainProductLine;

  /** 发展规划: where the firm means to take it in the post's term. */
  @Column(name = "development_plan")
  public String developmentPlan;

  /** 任期 in months (usually 12–36). */
  @Column(name = "term_months")
  public Integer termMonths;

  /** 每月到企天数 the firm expects, if it said. */
  @Column(name = "days_per_month")
  public Integer daysPerMonth;

  @Column(nullable = false)
  public int seats;

  /** OPEN or CLOSED. */
  @Column(nullable = false)
  public String status = "OPEN";

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();
}
