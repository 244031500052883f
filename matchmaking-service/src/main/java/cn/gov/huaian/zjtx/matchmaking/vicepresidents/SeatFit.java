package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why an expert fits a 科技副总 posting, as the parts of its score and in words an administrator
 * reviews before confirming an assignment. Plain Java: the numbers come from {@link SeatScoring}.
 *
 * @param semantic cosine of the posting's and the expert's texts (0–1)
 * @param discipline how close the expert's disciplines come to the posting's codes (0–1)
 * @param sharedDisciplines the posting's codes the expert covers, as "代码 名称"
 * @param cluster the posting's 7+3 cluster when the expert serves it, else {@code null}
 */
public record SeatFit(
    double semantic, double discipline, List<String> sharedDisciplines, String cluster) {
  /** Weight of the discipline overlap in the score. */
  public static final double DISCIPLINE_WEIGHT = 0.35;

  /** Weight of a shared cluster in the score. */
  public static final double CLUSTER_WEIGHT = 0.2;

  public SeatFit {
    sharedDisciplines = List.copyOf(sharedDisciplines);
  }

  /** The score: meaning, plus weighted discipline overlap and cluster, rounded to 4 places. */
  public double score() {
    return SeatScoring.round(
        Math.max(0, semantic)
            + DISCIPLINE_WEIGHT * discipline
            + (cluster == null ? 0 : CLUSTER_WEIGHT));
  }

  /** The reasons, strongest evidence first, each with its figure; never empty. */
  public List<String> reasons() {
    var out = new ArrayList<String>();
    if (discipline > 0) {
      out.add(
          "学科吻合度 "
              + two(discipline)
              + (sharedDisciplines.isEmpty() ? "" : "（" + String.join("、", sharedDisciplines) + "）")
              + "，计 "
              + two(DISCIPLINE_WEIGHT * discipline)
              + " 分");
    } else {
      out.add("学科代码与岗位要求无交集");
    }
    if (cluster != null) {
      out.add("服务同一产业集群“" + cluster + "”，计 " + two(CLUSTER_WEIGHT) + " 分");
    }
    out.add(
        "岗位说明与研究方向的语义相似度 "
            + two(Math.max(0, semantic))
            + "，计 "
            + two(Math.max(0, semantic))
            + " 分");
    return List.copyOf(out);
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
