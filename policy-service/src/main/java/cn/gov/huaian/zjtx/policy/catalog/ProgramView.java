package cn.gov.huaian.zjtx.policy.catalog;

import java.time.LocalDate;
import java.util.UUID;

/** A program as the API shows it. */
public record ProgramView(
    UUID id,
    String kind,
    String title,
    String category,
    String department,
    String docNumber,
    String status,
    LocalDate validFrom,
    LocalDate validTo,
    long version) {
  static ProgramView of(Program p) {
    return new ProgramView(
        p.id, p.kind.name(), p.title, p.category, p.department, p.docNumber, p.status.name(),
        p.validFrom, p.validTo, p.version);
  }
}
