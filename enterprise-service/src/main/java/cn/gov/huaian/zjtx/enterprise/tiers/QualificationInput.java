package cn.gov.huaian.zjtx.enterprise.tiers;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certification to record. */
@Schema(description = "认定资质或梯度 / Certify a tier or qualification")
public record QualificationInput(
    @Schema(
            description =
                "类型：innovative-sme、srdi-sme、little-giant、single-champion、high-tech、tech-center、rd-institution、jiangsu-boutique、smart-workshop、smart-factory、ip-standard、listed、tech-award（科技奖励）、maker-china（“创客中国”大赛获奖）、tech-sme（科技型中小企业）、tech-innovation-demo（技术创新示范企业）、ip-advantage（知识产权优势企业）、ip-demo（知识产权示范企业）、first-set（首台（套）重大技术装备）、ic-machine-tool-list（集成电路或工业母机企业清单）、lead-standard（主导制定标准）")
        String kind,
    @Schema(
            description =
                "级别：national 国家级、provincial 省级、municipal 市级；标准为 international 国际、national 国家、industry 行业")
        String level,
    @Schema(description = "批次，如“2024 年第一批”") String batch,
    @Schema(description = "认定日期（奖励为授奖日期）") LocalDate grantedOn,
    @Schema(description = "复核日期") LocalDate reviewOn,
    @Schema(description = "备注") String note,
    @Schema(description = "排名（仅奖励：科技奖励为获奖单位排名，“创客中国”为全国名次；其他资质不填）") Integer rank) {}
