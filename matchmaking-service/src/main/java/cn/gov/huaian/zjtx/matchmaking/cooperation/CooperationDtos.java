package cn.gov.huaian.zjtx.matchmaking.cooperation;

import cn.gov.huaian.zjtx.platform.validation.Violations;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Requests and views of the cooperation workflow. */
public final class CooperationDtos {
  private CooperationDtos() {}

  /** 表达合作意向. */
  public record InterestRequest(UUID needId, UUID expertId, String message) {}

  /** 意向. */
  public record InterestView(
      UUID id,
      UUID needId,
      UUID expertId,
      String message,
      String status,
      Instant createdAt,
      Instant decidedAt,
      String declineReasonCode,
      String declineReason,
      long version) {
    static InterestView of(Interest i) {
      return new InterestView(
          i.id,
          i.needId,
          i.expertId,
          i.message,
          i.status.name(),
          i.createdAt,
          i.decidedAt,
          i.declineReasonCode,
          i.declineReason,
          i.version);
    }
  }

  /**
   * Why a firm declines: a {@link cn.gov.huaian.zjtx.matchmaking.feedback.DeclineReason} (code or
   * Chinese name) and an optional note. Both optional, but only a reason lets the ranker learn.
   */
  public record DeclineRequest(String reasonCode, String reason) {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(
                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                false);

    /** From an optional JSON body: blank is no reason; anything but a JSON object is a 400. */
    static DeclineRequest parse(String body) {
      if (body == null || body.isBlank()) {
        return null;
      }
      try {
        return JSON.readValue(body, DeclineRequest.class);
      } catch (com.fasterxml.jackson.core.JacksonException e) {
        new Violations()
            .add("body", "请求体须为 JSON 对象，如 {\"reasonCode\": \"OFF_TOPIC\"}")
            .throwIfAny();
        return null;
      }
    }
  }

  /** What both sides see once the enterprise accepted: the private detail and who to contact. */
  public record Contact(
      UUID interestId,
      UUID needId,
      String needTitle,
      String privateDetail,
      UUID enterpriseId,
      UUID expertId,
      String expertName,
      String expertTitle,
      UUID universityId) {}

  /** 登记或更新合作记录. */
  public record CooperationRequest(
      UUID interestId,
      String mode,
      BigDecimal amount,
      LocalDate startDate,
      LocalDate endDate,
      String status,
      String outcome,
      Integer rating) {}

  /** 合作记录. */
  public record CooperationView(
      UUID id,
      UUID interestId,
      UUID needId,
      UUID expertId,
      UUID enterpriseId,
      String mode,
      String modeName,
      BigDecimal amount,
      LocalDate startDate,
      LocalDate endDate,
      String status,
      String outcome,
      Integer rating,
      long version) {
    static CooperationView of(CooperationRecord c) {
      return new CooperationView(
          c.id,
          c.interestId,
          c.needId,
          c.expertId,
          c.enterpriseId,
          c.mode.name(),
          c.mode.nameZh(),
          c.amount,
          c.startDate,
          c.endDate,
          c.status.name(),
          c.outcome,
          c.rating,
          c.version);
    }
  }
}
