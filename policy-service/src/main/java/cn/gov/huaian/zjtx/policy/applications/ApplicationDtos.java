package cn.gov.huaian.zjtx.policy.applications;

import cn.gov.huaian.zjtx.policy.catalog.ApplicationPeriodView;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of the applications API. */
public final class ApplicationDtos {
  private ApplicationDtos() {}

  /** Metadata of an attachment stored elsewhere (the file itself never passes through here). */
  public record Attachment(
      @NotBlank(message = "附件名称不能为空") @Size(max = 200, message = "附件名称不能超过 200 个字符") String name,
      @NotBlank(message = "请填写附件类型")
          @Pattern(
              regexp =
                  "application/pdf|image/jpeg|image/png|application/vnd\\.openxmlformats-officedocument\\.(wordprocessingml\\.document|spreadsheetml\\.sheet)",
              message = "附件类型只能是 PDF、JPEG、PNG、DOCX 或 XLSX")
          String contentType,
      @NotNull(message = "请填写附件大小")
          @Min(value = 1, message = "附件不能为空文件")
          @Max(value = 52_428_800, message = "单个附件不能超过 50MB")
          Long size,
      @NotBlank(message = "请填写附件的 SHA-256 摘要")
          @Pattern(regexp = "[0-9a-f]{64}", message = "SHA-256 摘要应为 64 位小写十六进制")
          String sha256) {}

  /** 提交申报. */
  public record SubmitRequest(
      @NotNull(message = "请指定申报的项目") UUID programId,
      @NotNull(message = "请填写申报表") JsonNode form,
      @Size(max = 20, message = "附件不能超过 20 个") List<@Valid Attachment> attachments,
      @DecimalMin(value = "0", message = "申请金额不能为负数")
          @Digits(integer = 14, fraction = 2, message = "申请金额最多 14 位整数、两位小数（元）")
          BigDecimal requestedAmount) {}

  /** 审核决定. */
  public record DecisionRequest(
      @NotNull(message = "请给出审核结论（APPROVE 或 REJECT）") Decision decision,
      @Size(max = 1000, message = "审核意见不能超过 1000 个字符") String reason,
      @DecimalMin(value = "0", message = "核定金额不能为负数")
          @Digits(integer = 14, fraction = 2, message = "核定金额最多 14 位整数、两位小数（元）")
          BigDecimal approvedAmount) {}

  /** Approve or reject. */
  public enum Decision {
    APPROVE,
    REJECT
  }

  /** 兑付记录. */
  public record PayoutRequest(
      @NotNull(message = "请填写兑付金额")
          @DecimalMin(value = "0.01", message = "兑付金额应大于 0")
          @Digits(integer = 14, fraction = 2, message = "兑付金额最多 14 位整数、两位小数（元）")
          BigDecimal amount,
      @NotBlank(message = "请填写兑付凭证号") @Size(max = 100, message = "兑付凭证号不能超过 100 个字符")
          String reference) {}

  /** The form offered to an enterprise before it applies, pre-filled from its facts. */
  public record Draft(
      UUID programId,
      String programTitle,
      int rulesVersion,
      String eligibility,
      String eligibilityLabel,
      BigDecimal estimateMin,
      BigDecimal estimateMax,
      @Schema(description = "申报期（空为未规定日期） / the application period") ApplicationPeriodView period,
      JsonNode form) {}

  /** An application as the API shows it. */
  public record ApplicationView(
      UUID id,
      UUID enterpriseId,
      UUID programId,
      String programTitle,
      int rulesVersion,
      String status,
      String statusLabel,
      JsonNode form,
      JsonNode attachments,
      BigDecimal requestedAmount,
      BigDecimal estimateMin,
      BigDecimal estimateMax,
      BigDecimal approvedAmount,
      Instant submittedAt,
      Instant decidedAt,
      String decidedBy,
      String decisionReason,
      Instant paidAt,
      BigDecimal paidAmount,
      String payoutReference,
      long version) {}

  /** 兑付时效 of one program. */
  public record ProgramStats(
      UUID programId,
      String title,
      long submitted,
      long pending,
      long approved,
      long rejected,
      long paid,
      BigDecimal paidTotal,
      Double avgHoursToDecision,
      Double p90HoursToDecision,
      Double avgDaysToPayout,
      Double p90DaysToPayout) {}
}
