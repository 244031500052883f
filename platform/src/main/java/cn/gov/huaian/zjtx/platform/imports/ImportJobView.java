package cn.gov.huaian.zjtx.platform.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An import job and its progress, as the import APIs show it. {@code kindName}, {@code toConfirm}
 * and {@code defaulted} are there only for the services whose jobs have them (absent otherwise).
 */
@Schema(name = "JobView")
public record ImportJobView(
    UUID id,
    String kind,
    @JsonInclude(JsonInclude.Include.NON_NULL) String kindName,
    String filename,
    String status,
    int total,
    int done,
    String progress,
    int created,
    int updated,
    int unchanged,
    int failed,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer toConfirm,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer defaulted,
    String ignoredColumns,
    String message,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  /** A job with the common counts only. */
  public static ImportJobView of(ImportJobRecord j) {
    return of(j, null, null, null);
  }

  /** A job with the kind's display name and the counts of rows to confirm and rows defaulted. */
  public static ImportJobView of(
      ImportJobRecord j, String kindName, Integer toConfirm, Integer defaulted) {
    return new ImportJobView(
        j.id,
        j.kind,
        kindName,
        j.filename,
        j.status,
        j.total,
        j.done,
        j.done + " / " + j.total,
        j.created,
        j.updated,
        j.unchanged,
        j.failed,
        toConfirm,
        defaulted,
        j.ignoredColumns,
        j.message,
        j.createdAt,
        j.startedAt,
        j.finishedAt);
  }
}
