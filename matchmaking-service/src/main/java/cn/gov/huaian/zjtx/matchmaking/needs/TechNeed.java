package cn.gov.huaian.zjtx.matchmaking.needs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A technology need (技术需求) posted by an enterprise, or recorded by a commissioner on a visit. */
@Entity
@Table(name = "tech_need")
public class TechNeed extends PanacheEntityBase {
  /** Whether the need takes answers. 开放 / 暂停 / 关闭. */
  public enum Status {
    OPEN,
    PAUSED,
    CLOSED
  }

  @Id public UUID id;

  @Column(name = "enterprise_id", nullable = false)
  public UUID enterpriseId;

  @Column(nullable = false)
  public String title;

  /** The full description, public like the summary; matched against experts. */
  public String description;

  @Column(name = "public_summary", nullable = false)
  public String publicSummary;

  /** Shown only to the owner, and to a counterpart once both sides agreed. */
  @Column(name = "private_detail")
  public String privateDetail;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "nsfc_codes", nullable = false)
  public List<String> nsfcCodes = new ArrayList<>();

  @Column(name = "industry_code")
  public String industryCode;

  /** A {@link cn.gov.huaian.zjtx.matchmaking.reference.Cluster} name. */
  public String cluster;

  @Enumerated(EnumType.STRING)
  @Column(name = "cooperation_mode", nullable = false)
  public CooperationMode cooperationMode = CooperationMode.TECH_DEVELOPMENT;

  @Column(name = "budget_min")
  public BigDecimal budgetMin;

  @Column(name = "budget_max")
  public BigDecimal budgetMax;

  public LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "region_preference", nullable = false)
  public RegionPreference regionPreference = RegionPreference.ANY;

  /** Subject of the commissioner who recorded it on a visit, null when the enterprise posted it. */
  @Column(name = "recorded_by")
  public String recordedBy;

  /** User name of that commissioner, shown beside the need. */
  @Column(name = "recorded_by_name")
  public String recordedByName;

  /** The visit (走访记录 in enterprise-service) on which the commissioner heard the need. */
  @Column(name = "visit_id")
  public UUID visitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status = Status.OPEN;

  /** BGE embedding of {@link #matchText()}, computed by the indexing job, not by requests. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public float[] embedding;

  @Column(name = "embedding_hash")
  public String embeddingHash;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();

  /** The public text that matching reads: never the private detail. */
  public String matchText() {
    return matchText(title, publicSummary, description);
  }

  /** The text matching reads of a need with this title, summary and description. */
  public static String matchText(String title, String publicSummary, String description) {
    return title + "\n" + publicSummary + (description == null ? "" : "\n" + description);
  }
}
