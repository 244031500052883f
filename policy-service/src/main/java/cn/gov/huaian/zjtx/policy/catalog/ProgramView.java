package cn.gov.huaian.zjtx.policy.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program as lists show it. */
public record ProgramView(
    UUID id,
    String code,
    String kind,
    String title,
    String category,
    String department,
    String docNumber,
    String regionLevel,
    String districtCode,
    String status,
    LocalDate validFrom,
    LocalDate validTo,
    @Schema(description = "申报开始日（空为未规定） / first day applications are taken") LocalDate applyOpensOn,
    LocalDate applyDeadline,
    BigDecimal budget,
    boolean exemptApplication,
    int rulesVersion,
    long version,
    String family,
    String lifecycle,
    String regionName,
    String benefitKind,
    String benefitText) {
  public static ProgramView of(Program p) {
    return new ProgramView(
        p.id,
        p.code,
        p.kind.name(),
        p.title,
        p.category,
        p.department,
        p.docNumber,
        p.regionLevel.name(),
        p.districtCode,
        p.status.name(),
        p.validFrom,
        p.validTo,
        p.applyOpensOn,
        p.applyDeadline,
        p.budget,
        p.exemptApplication,
        p.rulesVersion,
        p.version,
        p.family,
        Program.Lifecycle.of(p.validTo, Program.today()).name(),
        p.regionName,
        p.benefitKind,
        p.benefitText);
  }
}
