package cn.gov.huaian.zjtx.enterprise.registry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the enterprise list and its export; all optional, combined with AND. */
public class EnterpriseFilter {
  @QueryParam("q")
  @Size(max = 50, message = "名称关键字不能超过 50 个字")
  @Parameter(description = "名称中包含的文字，或统一社会信用代码的前几位")
  public String q;

  @QueryParam("district")
  @Parameter(description = "区县代码，如 320812")
  public String district;

  @QueryParam("town")
  @Parameter(description = "镇街代码")
  public String town;

  @QueryParam("park")
  @Parameter(description = "园区代码或名称")
  public String park;

  @QueryParam("cluster")
  @Parameter(description = "7+3 集群代码或名称")
  public String cluster;

  @QueryParam("industry")
  @Size(max = 4, message = "行业代码前缀至多 4 位")
  @Parameter(description = "GB/T 4754-2017 代码前缀（大类、中类或小类）")
  public String industry;

  @QueryParam("tier")
  @Parameter(description = "当前持有的梯度：innovative-sme、srdi-sme、little-giant、single-champion")
  public String tier;

  @QueryParam("qualification")
  @Parameter(description = "当前持有的任一资质类型，如 high-tech")
  public String qualification;

  @QueryParam("pool")
  @Parameter(description = "当前所在培育库代码")
  public String pool;

  @QueryParam("year")
  @Min(value = 2000, message = "指标年度不能早于 2000 年")
  @Max(value = 2100, message = "指标年度不正确")
  @Parameter(description = "指标筛选所用年度，默认上一年度")
  public Integer year;

  @QueryParam("minRevenue")
  @DecimalMin(value = "0", message = "营业收入下限不能为负数")
  @Parameter(description = "营业收入下限（元）")
  public BigDecimal minRevenue;

  @QueryParam("maxRevenue")
  @DecimalMin(value = "0", message = "营业收入上限不能为负数")
  @Parameter(description = "营业收入上限（元）")
  public BigDecimal maxRevenue;

  @QueryParam("minRdSpending")
  @DecimalMin(value = "0", message = "研发费用下限不能为负数")
  @Parameter(description = "研发费用下限（元）")
  public BigDecimal minRdSpending;

  @QueryParam("minRdRatio")
  @DecimalMin(value = "0", message = "研发投入占比下限应在 0 到 1 之间")
  @DecimalMax(value = "1", message = "研发投入占比下限应在 0 到 1 之间")
  @Parameter(description = "研发投入占营业收入比例下限（0.03 即 3%）")
  public BigDecimal minRdRatio;

  @QueryParam("maxDebtRatio")
  @DecimalMin(value = "0", message = "资产负债率上限应在 0 到 1 之间")
  @DecimalMax(value = "1", message = "资产负债率上限应在 0 到 1 之间")
  @Parameter(description = "资产负债率上限（0.7 即 70%）")
  public BigDecimal maxDebtRatio;

  @QueryParam("minInventionPatents")
  @Min(value = 0, message = "发明专利数下限不能为负数")
  @Parameter(description = "有效发明专利数下限")
  public Integer minInventionPatents;

  @QueryParam("minStaff")
  @Min(value = 0, message = "从业人员数下限不能为负数")
  @Parameter(description = "从业人员数下限")
  public Integer minStaff;

  boolean hasFigureFilter() {
    return minRevenue != null
        || maxRevenue != null
        || minRdSpending != null
        || minRdRatio != null
        || maxDebtRatio != null
        || minInventionPatents != null
        || minStaff != null;
  }
}
