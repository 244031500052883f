package cn.gov.huaian.zjtx.enterprise.registry;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An enterprise profile as a client sends it (create or full update). The 7+3 cluster is not here:
 * it is derived from the industry class.
 */
@Schema(description = "企业档案（新建或整体更新） / Enterprise profile")
public record ProfileInput(
    @Schema(description = "统一社会信用代码（GB 32100-2015）", examples = "91320800MA1MG4YK62")
        String creditCode,
    @Schema(description = "企业名称") String name,
    @Schema(description = "成立日期") LocalDate foundedOn,
    @Schema(description = "所在区县代码", examples = "320812") String districtCode,
    @Schema(description = "所在镇街代码（须属于所在区县）", examples = "320812001") String townCode,
    @Schema(
            description =
                "所在园区：economic-development-zone 经开区、high-tech-zone 高新区、industrial-park 工业园区、eco-tourism-zone 生态文旅区；不在园区则不填")
        String park,
    @Schema(description = "地址") String address,
    @Schema(description = "国民经济行业分类（GB/T 4754-2017）小类代码", examples = "3491") String industryCode,
    @Schema(description = "主导产品") String mainProduct,
    @Schema(description = "细分市场") String nicheMarket,
    @Schema(description = "从事细分市场年限") Integer nicheYears,
    @Schema(description = "产业链位置：upstream 上游、midstream 中游、downstream 下游") String chainPosition,
    @Schema(description = "联系人（至多 5 人）") List<Contact> contacts) {}
