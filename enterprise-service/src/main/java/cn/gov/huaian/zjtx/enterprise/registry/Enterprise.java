package cn.gov.huaian.zjtx.enterprise.registry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An enterprise of the registry, identified by its 统一社会信用代码. */
@Entity
@Table(name = "enterprise")
public class Enterprise extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "credit_code", nullable = false, length = 18)
  public String creditCode;

  @Column(nullable = false)
  public String name;

  @Column(name = "founded_on")
  public LocalDate foundedOn;

  @Column(name = "district_code", nullable = false)
  public String districtCode;

  @Column(name = "town_code")
  public String townCode;

  /** {@link cn.gov.huaian.zjtx.enterprise.reference.Park} code, or null. */
  public String park;

  public String address;

  @Column(name = "industry_code")
  public String industryCode;

  /** Derived from {@link #industryCode} by the cluster mapping; never entered. */
  @Column(name = "cluster_code")
  public String clusterCode;

  @Column(name = "main_product")
  public String mainProduct;

  @Column(name = "niche_market")
  public String nicheMarket;

  @Column(name = "niche_years")
  public Integer nicheYears;

  /** {@link ChainPosition} code, or null. */
  @Column(name = "chain_position")
  public String chainPosition;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb", nullable = false)
  public List<Contact> contacts = new ArrayList<>();

  /** Adjacent character pairs of the name, computed by the database, for substring search. */
  @Column(name = "name_grams", insertable = false, updatable = false)
  public String[] nameGrams;

  @Version public long version;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt = Instant.now();

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();

  /** Copies a validated profile in; the cluster is set by the caller from the mapping. */
  public void apply(Profile p) {
    creditCode = p.creditCode();
    name = p.name();
    foundedOn = p.foundedOn();
    districtCode = p.districtCode();
    townCode = p.townCode();
    park = p.park() == null ? null : p.park().code;
    address = p.address();
    industryCode = p.industryCode();
    mainProduct = p.mainProduct();
    nicheMarket = p.nicheMarket();
    nicheYears = p.nicheYears();
    chainPosition = p.chainPosition() == null ? null : p.chainPosition().code;
    contacts = new ArrayList<>(p.contacts());
    updatedAt = Instant.now();
  }
}
