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

  /** Who the program applies to: the whole city, or one district. */
  public enum RegionLevel {
    CITY,
    DISTRICT
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

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();
}
