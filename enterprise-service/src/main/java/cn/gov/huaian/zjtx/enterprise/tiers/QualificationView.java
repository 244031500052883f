package cn.gov.huaian.zjtx.enterprise.tiers;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certification as the API shows it. */
public record QualificationView(
    UUID id,
    String kind,
    String kindName,
    boolean tier,
    String level,
    String levelName,
    String batch,
    LocalDate grantedOn,
    LocalDate reviewOn,
    LocalDate revokedOn,
    String revokeReason,
    String note,
    boolean current,
    @Schema(description = "排名（仅奖励） / an award's rank") Integer rank,
    @Schema(description = "排名的含义，如“获奖单位排名” / what the rank means") String rankLabel) {

  public static QualificationView of(Qualification q, LocalDate today) {
    var kind = QualificationKind.of(q.kind).orElseThrow();
    var level = QualificationKind.Level.of(q.level);
    return new QualificationView(
        q.id,
        q.kind,
        kind.label,
        kind.isTier(),
        q.level,
        level.map(l -> l.label).orElse(null),
        q.batch,
        q.grantedOn,
        q.reviewOn,
        q.revokedOn,
        q.revokeReason,
        q.note,
        q.currentOn(today),
        q.rank,
        kind.rankLabel);
  }
}
