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

  @Column(nullable = false)
  public int seats;

  /** OPEN or CLOSED. */
  @Column(nullable = false)
  public String status = "OPEN";

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();
}
