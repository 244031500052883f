package cn.gov.huaian.zjtx.enterprise.tiers;

import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Validates a certification. Plain Java. */
public final class QualificationRules {
  private QualificationRules() {}

  public static List<Problem.Violation> validate(QualificationInput in, LocalDate today) {
    Violations e = new Violations();
    if (in == null) {
      return e.add("body", "请求体不能为空").list();
    }
    QualificationKind kind = QualificationKind.of(in.kind()).orElse(null);
    if (kind == null) {
      e.add("kind", "资质类型不能为空，且应为平台支持的梯度或资质之一");
    } else {
      var level = QualificationKind.Level.of(in.level());
      if (kind.levels.isEmpty() && in.level() != null && !in.level().isBlank()) {
        e.add("level", kind.label + "不分级别，请不要填写级别");
      } else if (!kind.levels.isEmpty()
          && (level.isEmpty() || !kind.levels.contains(level.get()))) {
        e.add(
            "level",
            kind.label
                + "的级别应为"
                + kind.levels.stream().map(l -> l.label).collect(Collectors.joining("、"))
                + "之一");
      }
    }
    if (kind != null) {
      rank(kind, in.rank(), e);
    }
    e.optionalText("batch", "批次", in.batch(), 60);
    e.optionalText("note", "备注", in.note(), 200);
    // An award is granted (授奖), a standard published; a title is certified (认定).
    String dated = kind != null && kind.isAward() ? "授奖日期" : "认定日期";
    if (in.grantedOn() == null) {
      e.add("grantedOn", dated + "不能为空");
    } else if (in.grantedOn().isAfter(today)) {
      e.add("grantedOn", dated + "不能晚于今天");
    } else if (in.reviewOn() != null && in.reviewOn().isBefore(in.grantedOn())) {
      e.add("reviewOn", "复核日期不能早于认定日期");
    }
    return e.list();
  }

  /** A rank belongs to awards only: required where the place is the award, 1–9999. */
  private static void rank(QualificationKind kind, Integer rank, Violations e) {
    if (!kind.isAward()) {
      if (rank != null) {
        e.add("rank", kind.label + "是认定类资质，不填排名");
      }
    } else if (rank == null) {
      if (kind.rankRequired) {
        e.add("rank", kind.label + "须填写" + kind.rankLabel);
      }
    } else if (rank < 1 || rank > 9999) {
      e.add("rank", kind.rankLabel + "应为 1 到 9999 之间的整数");
    }
  }
}
