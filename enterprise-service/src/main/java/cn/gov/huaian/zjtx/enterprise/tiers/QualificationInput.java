package cn.gov.huaian.zjtx.enterprise.tiers;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certification to record. */
@Schema(description = "认定资质或梯度 / Certify a tier or qualification")
public record QualificationInput(
    @Schema(
            description =
                "类型：innovative-sme、srdi-sme、little-giant、single-champion、high-tech、tech-center、rd-institution、jiangsu-boutique、smart-workshop、smart-factory、ip-standard、listed")
        String kind,
    @Schema(description = "级别：national 国家级、provincial 省级、municipal 市级") String level,
    @Schema(description = "批次，如“2024 年第一批”") String batch,
    @Schema(description = "认定日期") LocalDate grantedOn,
    @Schema(description = "复核日期") LocalDate reviewOn,
    @Schema(description = "备注") String note) {}
