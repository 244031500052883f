package cn.gov.huaian.zjtx.policy.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

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
