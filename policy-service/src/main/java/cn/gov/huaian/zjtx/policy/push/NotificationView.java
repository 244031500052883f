package cn.gov.huaian.zjtx.policy.push;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One notification of an enterprise's inbox (also the SSE and webhook payload). */
public record NotificationView(
    UUID id,
    UUID enterpriseId,
    UUID programId,
    String programTitle,
    Integer rulesVersion,
    String kind,
    String title,
    String body,
    BigDecimal amountMin,
    BigDecimal amountMax,
    LocalDate deadline,
    Instant createdAt,
    boolean read) {}
