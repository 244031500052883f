package cn.gov.huaian.zjtx.enterprise.figures;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The figures an enterprise reports for one year (年度指标). Money in 元, rates in percent. */
@Entity
@Table(name = "year_figures")
@IdClass(YearFigures.Key.class)
public class YearFigures extends PanacheEntityBase {
  @Id
  @Column(name = "enterprise_id")
  public UUID enterpriseId;

  @Id public int year;

  public BigDecimal revenue;

  @Column(name = "main_revenue")
  public BigDecimal mainRevenue;

  @Column(name = "rd_spending")
  public BigDecimal rdSpending;

  @Column(name = "rd_staff")
  public Integer rdStaff;

  @Column(name = "total_staff")
  public Integer totalStaff;

  @Column(name = "total_assets")
  public BigDecimal totalAssets;

  @Column(name = "total_liabilities")
  public BigDecimal totalLiabilities;

  @Column(name = "invention_patents")
  public Integer inventionPatents;

  @Column(name = "utility_patents")
  public Integer utilityPatents;

  @Column(name = "design_patents")
  public Integer designPatents;

  @Column(name = "ip_class1")
  public Integer ipClass1;

  @Column(name = "ip_class2")
  public Integer ipClass2;

  @Column(name = "new_equity_financing")
  public BigDecimal newEquityFinancing;

  @Column(name = "cnc_rate")
  public BigDecimal cncRate;

  @Column(name = "mgmt_digital_rate")
  public BigDecimal mgmtDigitalRate;

  @Column(name = "rd_tool_rate")
  public BigDecimal rdToolRate;

  @Column(name = "cloud_star")
  public Integer cloudStar;

  @Column(name = "taxable_income")
  public BigDecimal taxableIncome;

  @Column(name = "tech_staff")
  public Integer techStaff;

  @Column(name = "high_tech_revenue")
  public BigDecimal highTechRevenue;

  @Column(name = "domestic_rd_spending")
  public BigDecimal domesticRdSpending;

  @Column(name = "total_costs")
  public BigDecimal totalCosts;

  @Version public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();

  /** Composite key. */
  public record Key(UUID enterpriseId, int year) implements Serializable {}

  public void apply(Figures f) {
    revenue = f.revenue();
    mainRevenue = f.mainRevenue();
    rdSpending = f.rdSpending();
    rdStaff = f.rdStaff();
    totalStaff = f.totalStaff();
    totalAssets = f.totalAssets();
    totalLiabilities = f.totalLiabilities();
    inventionPatents = f.inventionPatents();
    utilityPatents = f.utilityPatents();
    designPatents = f.designPatents();
    ipClass1 = f.ipClass1();
    ipClass2 = f.ipClass2();
    newEquityFinancing = f.newEquityFinancing();
    cncRate = f.cncRate();
    mgmtDigitalRate = f.mgmtDigitalRate();
    rdToolRate = f.rdToolRate();
    cloudStar = f.cloudStar();
    taxableIncome = f.taxableIncome();
    techStaff = f.techStaff();
    highTechRevenue = f.highTechRevenue();
    domesticRdSpending = f.domesticRdSpending();
    totalCosts = f.totalCosts();
    updatedAt = Instant.now();
  }

  public Figures figures() {
    return new Figures(
        year,
        revenue,
        mainRevenue,
        rdSpending,
        rdStaff,
        totalStaff,
        totalAssets,
        totalLiabilities,
        inventionPatents,
        utilityPatents,
        designPatents,
        ipClass1,
        ipClass2,
        newEquityFinancing,
        cncRate,
        mgmtDigitalRate,
        rdToolRate,
        cloudStar,
        taxableIncome,
        techStaff,
        highTechRevenue,
        domesticRdSpending,
        totalCosts);
  }
}
