package cn.gov.huaian.zjtx.matchmaking.cooperation;

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
          i.version);
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
