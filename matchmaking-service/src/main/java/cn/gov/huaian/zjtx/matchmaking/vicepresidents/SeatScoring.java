package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import java.util.ArrayList;
import java.util.List;

/** How well an expert fits a 科技副总 posting: meaning of the texts, shared disciplines, cluster. */
final class SeatScoring {
  private SeatScoring() {}

  /** The posting's text as a vector: computed once per seat, not once per application. */
  static float[] seatVector(VpSeat s) {
    return Embedder.shared().embedDocument(s.title + "\n" + s.description);
  }

  static double score(VpSeat s, float[] seatVector, Expert e) {
    return fit(s, seatVector, e).score();
  }

  /** The parts of the score and the posting's disciplines the expert covers. */
  static SeatFit fit(VpSeat s, float[] seatVector, Expert e) {
    float[] expertVector =
        e.embedding != null ? e.embedding : Embedder.shared().embedDocument(e.matchText());
    double semantic = Math.max(0, Embedder.cosine(seatVector, expertVector));
    double discipline = disciplineOverlap(s.nsfcCodes, e.disciplines);
    var shared = new ArrayList<String>();
    for (String code : s.nsfcCodes) {
      if (e.disciplines.stream().anyMatch(b -> NsfcCodes.closeness(code, b) > 0)) {
        String name = NsfcCodes.get().nameOf(code);
        shared.add(name.equals(code) ? code : code + " " + name);
      }
    }
    String cluster =
        s.cluster != null && e.clusters.contains(s.cluster)
            ? Cluster.parse(s.cluster).map(Cluster::nameZh).orElse(s.cluster)
            : null;
    return new SeatFit(semantic, discipline, shared, cluster);
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
