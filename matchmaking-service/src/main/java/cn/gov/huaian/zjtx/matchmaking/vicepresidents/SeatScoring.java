package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import java.util.List;

/** How well an expert fits a 科技副总 posting: meaning of the texts, shared disciplines, cluster. */
final class SeatScoring {
  private SeatScoring() {}

  /** The posting's text as a vector: computed once per seat, not once per application. */
  static float[] seatVector(VpSeat s) {
    return Embedder.shared().embedDocument(s.title + "\n" + s.description);
  }

  static double score(VpSeat s, float[] seatVector, Expert e) {
    float[] expertVector =
        e.embedding != null ? e.embedding : Embedder.shared().embedDocument(e.matchText());
    double semantic = Math.max(0, Embedder.cosine(seatVector, expertVector));
    double discipline = disciplineOverlap(s.nsfcCodes, e.disciplines);
    double cluster = s.cluster != null && e.clusters.contains(s.cluster) ? 1 : 0;
    return round(semantic + 0.35 * discipline + 0.2 * cluster);
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static double disciplineOverlap(List<String> mine, List<String> theirs) {
    if (mine.isEmpty() || theirs.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String a : mine) {
      sum += theirs.stream().mapToDouble(b -> NsfcCodes.closeness(a, b)).max().orElse(0);
    }
    return sum / mine.size();
  }
}
