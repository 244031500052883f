package cn.gov.huaian.zjtx.policy.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A policy (惠企政策) or a certification program (梯度认定) of the catalogue. */
@Entity
@Table(name = "program")
public class Program extends PanacheEntityBase {
  /** What a program is. */
  public enum Kind {
    POLICY,
    CERTIFICATION
  }

  /** Where a program is in its life. */
  public enum Status {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
  }

  /**
   * Who the program applies to: every firm (a national or a Jiangsu program: every firm of the
   * platform is in 淮安市, 江苏省), the whole city, or one district.
   */
  public enum RegionLevel {
    NATIONAL,
    PROVINCE,
    CITY,
    DISTRICT
  }

  /** How the benefit is shown (catalog/EXTENSIONS.md): never "0万元" for a certification. */
  public static final java.util.List<String> BENEFIT_KINDS =
      java.util.List.of("现金奖补", "税收优惠", "认定类", "非货币", "融资支持");

  /** Today in 淮安 (what decides whether a version is in force or history). */
  public static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
  }

  /** Where a version is in time: in force on the day, or history (ended before it). */
  public enum Lifecycle {
    IN_FORCE,
    HISTORY,
    ALL;

    public static Lifecycle of(LocalDate validTo, LocalDate day) {
      return validTo != null && validTo.isBefore(day) ? HISTORY : IN_FORCE;
    }
  }

  public static final java.util.List<String> CATEGORIES =
      java.util.List.of("产业", "税费", "投资", "融资", "奖励", "补贴", "创业", "创新", "人才");

  @Id public UUID id;

  /** Stable code; the rules' {@code id} (e.g. {@code tier.zjtx-sme}). */
  @Column(nullable = false, unique = true)
  public String code;

  public String summary;

  /** The clause text the rules come from (条款原文). */
  @Column(name = "clause_text")
  public String clauseText;

  @Enumerated(EnumType.STRING)
  @Column(name = "region_level", nullable = false)
  public RegionLevel regionLevel = RegionLevel.CITY;

  @Column(name = "district_code")
  public String districtCode;

  /** 申报开始日: applications before it are refused (null: no opening stated). */
  @Column(name = "apply_opens_on")
  public LocalDate applyOpensOn;

  @Column(name = "apply_deadline")
  public LocalDate applyDeadline;

  public java.math.BigDecimal budget;

  /** 免申即享: granted to every eligible enterprise without an application. */
  @Column(name = "exempt_application", nullable = false)
  public boolean exemptApplication;

  /** The current rules version (program_version.number); 0 before the first rules. */
  @Column(name = "rules_version", nullable = false)
  public int rulesVersion;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Column(name = "created_by")
  public String createdBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  @Column(nullable = false)
  public String title;

  public String category;
  public String department;

  @Column(name = "doc_number")
  public String docNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status = Status.DRAFT;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  /**
   * The program family ({@code versionOf}, e.g. {@code tier.zjtx-sme}): its versions are rows of
   * their own, each with its period; an evaluation uses the one in force on its date.
   */
  @Column(nullable = false)
  public String family;

  /** 全国 / 江苏省 / 淮安市 / the district's name, as the document names it. */
  @Column(name = "region_name")
  public String regionName;

  /** One of {@link #BENEFIT_KINDS}; null for programs written before the catalogue. */
  @Column(name = "benefit_kind")
  public String benefitKind;

  /** The benefit exactly as the document states it ("以当年申报通知为准" where it gives no amount). */
  @Column(name = "benefit_text")
  public String benefitText;

  /**
   * The document's elements the engine does not evaluate: citation, application, materials,
   * benefitClause, linkedPrograms, manualChecks, transition, taxEffect, holding, verification
   * (admin only).
   */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String details = "{}";

  /** The catalogue file this program was loaded from, null for programs created through the API. */
  @Column(name = "catalog_file")
  public String catalogFile;

  /** SHA-256 of the catalogue file as last loaded: an unchanged file is skipped at start. */
  @Column(name = "catalog_hash")
  public String catalogHash;

  /** Changed through the API since it was loaded: the loader no longer overwrites it. */
  @Column(name = "edited_via_api", nullable = false)
  public boolean editedViaApi;

  @Version public long version;

  /** A program written without a family (created in code or by an older client) is its own. */
  @jakarta.persistence.PrePersist
  void defaultFamily() {
    if (family == null) {
      family = code;
    }
  }

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();
}
