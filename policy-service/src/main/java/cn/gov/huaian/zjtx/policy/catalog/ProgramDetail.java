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
    LocalDate applyOpensOn,
    LocalDate applyDeadline,
    BigDecimal budget,
    boolean exemptApplication,
    String status,
    int rulesVersion,
    JsonNode rules,
    BigDecimal maxAmount,
    Instant publishedAt,
    long version,
    String family,
    String lifecycle,
    String regionName,
    String benefitKind,
    String benefitText,
    @org.eclipse.microprofile.openapi.annotations.media.Schema(
            description =
                "政策要素：citation（发文机关、文号、日期、条款、网址）、application（含 batches 申报批次）、materials、benefitClause、linkedPrograms、manualChecks、transition、holding（授予的称号）；verification 仅管理员可见")
        JsonNode details) {}
