package cn.gov.huaian.zjtx.policy.catalog;

import cn.gov.huaian.zjtx.platform.web.PlainName;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 创建或修改项目的请求：a policy (惠企政策) or a certification program, with its rules as JSON (see GET
 * /api/v1/facts for the facts they may reference).
 */
public record ProgramRequest(
    @NotNull(message = "请指定项目类型（POLICY 或 CERTIFICATION）") Program.Kind kind,
    @NotBlank(message = "标题不能为空") @Size(max = 300, message = "标题不能超过 300 个字符") @PlainName
        String title,
    @Size(max = 100, message = "项目编码不能超过 100 个字符") @PlainName String code,
    String category,
    @Size(max = 100, message = "发文部门不能超过 100 个字符") String department,
    @Size(max = 100, message = "文号不能超过 100 个字符") String docNumber,
    @Size(max = 2000, message = "摘要不能超过 2000 个字符") String summary,
    @Size(max = 20000, message = "条款原文不能超过 20000 个字符") String clauseText,
    Program.RegionLevel regionLevel,
    String districtCode,
    LocalDate validFrom,
    LocalDate validTo,
    @Schema(description = "申报开始日（可空：不限） / first day applications are taken") LocalDate applyOpensOn,
    LocalDate applyDeadline,
    @DecimalMin(value = "0", message = "预算不能为负数") BigDecimal budget,
    Boolean exemptApplication,
    @Schema(description = "奖补方式：现金奖补、税收优惠、认定类、非货币、融资支持 / how the benefit is shown")
        String benefitKind,
    @Size(max = 4000, message = "奖补内容不能超过 4000 个字符")
        @Schema(description = "奖补内容（按文件原文） / the benefit as the document states it")
        String benefitText,
    @NotNull(message = "请提供资格规则（rules）") JsonNode rules) {}
