package cn.gov.huaian.zjtx.enterprise.figures;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The entered figures of one enterprise for one year; any may be unknown (null). Money in 元, rates
 * in percent (0–100). Also the request body of {@code PUT .../figures/{year}} (where {@code year}
 * comes from the path and may be left out of the body).
 */
@Schema(description = "年度指标（金额单位：元；比率单位：%） / Yearly figures")
public record Figures(
    @Schema(description = "年度") Integer year,
    @Schema(description = "营业收入（元）") BigDecimal revenue,
    @Schema(description = "主营业务收入（元）") BigDecimal mainRevenue,
    @Schema(description = "研发费用（元）") BigDecimal rdSpending,
    @Schema(description = "研发人员数") Integer rdStaff,
    @Schema(description = "从业人员数") Integer totalStaff,
    @Schema(description = "资产总额（元）") BigDecimal totalAssets,
    @Schema(description = "负债总额（元）") BigDecimal totalLiabilities,
    @Schema(description = "有效发明专利数") Integer inventionPatents,
    @Schema(description = "实用新型专利数") Integer utilityPatents,
    @Schema(description = "外观设计专利数") Integer designPatents,
    @Schema(description = "与主导产品相关的Ⅰ类知识产权数") Integer ipClass1,
    @Schema(description = "与主导产品相关的Ⅱ类知识产权数") Integer ipClass2,
    @Schema(description = "新增股权融资额（元）") BigDecimal newEquityFinancing,
    @Schema(description = "关键工序数控化率（%）") BigDecimal cncRate,
    @Schema(description = "经营管理数字化普及率（%）") BigDecimal mgmtDigitalRate,
    @Schema(description = "数字化研发设计工具普及率（%）") BigDecimal rdToolRate,
    @Schema(description = "上云星级（0–5，0 为未上云）") Integer cloudStar,
    @Schema(description = "年度应纳税所得额（元，亏损为负）") BigDecimal taxableIncome,
    @Schema(description = "科技人员数") Integer techStaff,
    @Schema(description = "高新技术产品（服务）收入（元）") BigDecimal highTechRevenue,
    @Schema(description = "境内研发费用（元）") BigDecimal domesticRdSpending,
    @Schema(description = "成本费用支出总额（元）") BigDecimal totalCosts) {

  public Figures withYear(int y) {
    return new Figures(
        y,
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
