package cn.gov.huaian.zjtx.policy.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A program with its current rules, as admins and rule authors see it. */
public record ProgramDetail(
    UUID id,
    String code,
    String kind,
    String title,
    String category,
    String department,
    String docNumber,
    String summary,
    String clauseText,
    String regionLevel,
    String districtCode,
    LocalDate validFrom,
    LocalDate validTo,
    LocalDate applyDeadline,
    BigDecimal budget,
    boolean exemptApplication,
    String status,
    int rulesVersion,
    JsonNode rules,
    BigDecimal maxAmount,
    Instant publishedAt,
    long version) {}
