package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.ranking.Reranker;
import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import cn.gov.huaian.zjtx.matchmaking.reference.Places;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures what {@link SeatFit} weighs: the closeness of the texts (BGE vectors), the disciplines
 * and cluster shared, and where the expert comes from.
 */
final class SeatScoring {
  /**
   * Raw BGE cosines between a post and an industry-experience sentence: at or below {@value}
   * nothing in common. Read off 15 hand-written pairs (3 posts × 5 experiences, {@code
   * SeatScoringTest}): another trade or a generic "担任多家企业技术顾问" scored 0.45–0.54, the same trade
   * 0.57–0.71.
   */
  static final double INDUSTRY_UNRELATED = 0.50;

  /** ... and at or above {@value} the same trade. */
  static final double INDUSTRY_SAME_TRADE = 0.70;

  private SeatScoring() {}

  /**
   * What is computed once per post, not once per application: the vectors of its product line, of
   * its plan (with the duties it describes) and of both, and where the firm is.
   */
  record SeatSide(float[] product, float[] plan, float[] post, Places.Place firm) {}

  /** The post's side; {@code districtCode} is the firm's in the registry, if it has one. */
  static SeatSide seatSide(VpSeat s, String districtCode) {
    var embedder = Embedder.shared();
    String product = blankTo(s.mainProductLine, s.title);
    String plan = blankTo(s.developmentPlan, "") + "\n" + s.description;
    Places.Place firm =
        Places.get()
            .district(districtCode)
            .orElseGet(
                () -> {
                  var city = Places.get().city(Places.HOME_CITY).orElseThrow();
                  return new Places.Place(city.name() + "（区县未登记）", city.lat(), city.lon());
                });
    return new SeatSide(
        embedder.embedDocument(product),
        embedder.embedDocument(plan.strip()),
        embedder.embedDocument(product + "\n" + plan.strip()),
        firm);
  }

  /** The parts of the fit of one expert, whose university is in {@code universityCity}. */
  static SeatFit fit(VpSeat s, SeatSide side, Expert e, String universityCity) {
    float[] expertVector =
        e.embedding != null ? e.embedding : Embedder.shared().embedDocument(e.matchText());
    return new SeatFit(
        Math.max(0, Embedder.cosine(side.product(), expertVector)),
        Math.max(0, Embedder.cosine(side.plan(), expertVector)),
        industry(side, e.industryExperience),
        Reranker.disciplineOverlap(s.nsfcCodes, e.disciplines),
        sharedDisciplines(s.nsfcCodes, e.disciplines),
        s.cluster != null && e.clusters.contains(s.cluster)
            ? Cluster.parse(s.cluster).map(Cluster::nameZh).orElse(s.cluster)
            : null,
        Places.get()
            .city(universityCity)
            .map(
                home ->
                    new SeatFit.Travel(
                        home.name(), side.firm().name(), Places.distanceKm(home, side.firm())))
            .orElse(null));
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /** 0–1 between the unrelated and same-trade cosines; {@code null} when nothing is written. */
  private static Double industry(SeatSide side, String experience) {
    if (experience == null || experience.isBlank()) {
      return null;
    }
    double cos = industryCosine(side, experience);
    double scaled = (cos - INDUSTRY_UNRELATED) / (INDUSTRY_SAME_TRADE - INDUSTRY_UNRELATED);
    return Math.max(0, Math.min(1, scaled));
  }

  /** The raw cosine of the post and an industry-experience text. */
  static double industryCosine(SeatSide side, String experience) {
    return Embedder.cosine(side.post(), Embedder.shared().embedDocument(experience));
  }

  private static List<String> sharedDisciplines(List<String> mine, List<String> theirs) {
    var shared = new ArrayList<String>();
    for (String code : mine) {
      if (theirs.stream().anyMatch(b -> NsfcCodes.closeness(code, b) > 0)) {
        String name = NsfcCodes.get().nameOf(code);
        shared.add(name.equals(code) ? code : code + " " + name);
      }
    }
    return shared;
  }

  private static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
