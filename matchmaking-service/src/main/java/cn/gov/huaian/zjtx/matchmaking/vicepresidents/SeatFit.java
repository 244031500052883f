package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How well an expert fits a 科技副总 post, and why, in words an administrator reviews before confirming
 * an assignment. A 科技副总 works inside one firm for one to three years, so the match is not the
 * consultancy match of a need: topical relevance is how close the expert's directions and
 * achievements come to the firm's <em>main product line</em> and its <em>development plan</em>;
 * then prior industry experience, shared disciplines and cluster, and the distance to travel adjust
 * it, each in proportion to that relevance and within a bound (an off-topic expert next door stays
 * off-topic), and a value not known is neutral, never a penalty. Plain Java: the measurements come
 * from {@link SeatScoring}.
 *
 * @param product cosine of the firm's main product line and the expert's profile (0–1)
 * @param plan cosine of the firm's development plan and the expert's profile (0–1)
 * @param industry how related the expert's written industry experience is to the post (0–1), or
 *     {@code null} when the expert wrote none
 * @param discipline how close the expert's disciplines come to the post's codes (0–1); 0 when
 *     either side has none
 * @param sharedDisciplines the post's codes the expert covers, as "代码 名称"
 * @param cluster the post's 7+3 cluster when the expert serves it, else {@code null}
 * @param travel where the expert comes from and how far it is, or {@code null} when unknown
 */
public record SeatFit(
    double product,
    double plan,
    Double industry,
    double discipline,
    List<String> sharedDisciplines,
    String cluster,
    Travel travel) {

  /** Weight of written industry experience: a 科技副总 works in a plant, not a lab. */
  public static final double INDUSTRY_WEIGHT = 0.30;

  /** Weight of the discipline overlap. */
  public static final double DISCIPLINE_WEIGHT = 0.20;

  /** Weight of a shared 7+3 cluster (a hint of the same trade, not evidence of competence). */
  public static final double CLUSTER_WEIGHT = 0.05;

  /** Weight of the distance band: the post needs the expert on site several days a month. */
  public static final double TRAVEL_WEIGHT = 0.20;

  /** Bound of the lifts, and separately of the maluses, as a share of the relevance. */
  public static final double MAX_ADJUSTMENT = 0.5;

  /** Share of the industry value an expert earns for having written any experience at all. */
  static final double ANY_INDUSTRY_EXPERIENCE = 0.3;

  /**
   * The expert's home city and the firm's place, with the straight-line distance between them.
   *
   * @param from the university's city, e.g. 南京市
   * @param to the firm's district, or 淮安市 when the registry has none
   * @param km great-circle distance
   */
  public record Travel(String from, String to, double km) {
    /** The distance band the trip falls in. */
    Band band() {
      for (Band b : Band.values()) {
        if (km <= b.upToKm) {
          return b;
        }
      }
      throw new IllegalStateException("unreachable: the last band is unbounded");
    }
  }

  /** Distance bands, nearest first: how far, what it means for the post, and its value. */
  enum Band {
    SAME_CITY(60, "同城或邻近，可随时到企", 1),
    DAY_TRIP(250, "可当日往返", 0.5),
    TRIP(600, "需安排行程", 0),
    FAR(Double.POSITIVE_INFINITY, "路途远，驻企时间难保证", -0.5);

    final double upToKm;
    final String label;
    final double value;

    Band(double upToKm, String label, double value) {
      this.upToKm = upToKm;
      this.label = label;
      this.value = value;
    }
  }

  /** One part of the score as the administrator reads it. */
  public record Part(String feature, String reason, double points) {}

  public SeatFit {
    sharedDisciplines = List.copyOf(sharedDisciplines);
  }

  /** Topical relevance: the mean of the product-line and development-plan closeness. */
  public double relevance() {
    return (Math.max(0, product) + Math.max(0, plan)) / 2;
  }

  /** The score: relevance plus the bounded, relevance-gated adjustments, rounded to 4 places. */
  public double score() {
    return SeatScoring.round(parts().stream().mapToDouble(Part::points).sum());
  }

  /** The relevance first, then each adjustment with its points, largest effect first. */
  public List<Part> parts() {
    var adjustments = adjustments();
    double lift = adjustments.stream().mapToDouble(a -> Math.max(0, a.raw())).sum();
    double malus = adjustments.stream().mapToDouble(a -> Math.min(0, a.raw())).sum();
    double liftScale = lift > MAX_ADJUSTMENT ? MAX_ADJUSTMENT / lift : 1;
    double malusScale = -malus > MAX_ADJUSTMENT ? MAX_ADJUSTMENT / -malus : 1;
    double relevance = relevance();
    var out = new ArrayList<Part>();
    out.add(
        new Part(
            "relevance",
            "主题相关度 "
                + two(relevance)
                + "（主导产品 "
                + two(Math.max(0, product))
                + "、发展规划 "
                + two(Math.max(0, plan))
                + "，与研究方向及成果的语义相似度之均值）",
            relevance));
    adjustments.stream()
        .map(
            a -> {
              double points = a.raw() * (a.raw() >= 0 ? liftScale : malusScale) * relevance;
              return new Part(a.feature(), a.reason() + points(points), points);
            })
        .sorted(Comparator.comparingDouble((Part p) -> -Math.abs(p.points())))
        .forEach(out::add);
    return List.copyOf(out);
  }

  /** The reasons, relevance first, each with its figure; never empty. */
  public List<String> reasons() {
    return parts().stream().map(Part::reason).toList();
  }

  private record Adjustment(String feature, String reason, double raw) {}

  private List<Adjustment> adjustments() {
    var out = new ArrayList<Adjustment>();
    if (industry == null) {
      out.add(new Adjustment("industry", "未填写产业经历（中性，不扣分）", 0));
    } else {
      double value = ANY_INDUSTRY_EXPERIENCE + (1 - ANY_INDUSTRY_EXPERIENCE) * industry;
      out.add(
          new Adjustment("industry", "有产业经历，与岗位的相关度 " + two(industry), value * INDUSTRY_WEIGHT));
    }
    if (discipline > 0) {
      out.add(
          new Adjustment(
              "discipline",
              "学科吻合度 "
                  + two(discipline)
                  + (sharedDisciplines.isEmpty()
                      ? ""
                      : "（" + String.join("、", sharedDisciplines) + "）"),
              discipline * DISCIPLINE_WEIGHT));
    } else {
      out.add(new Adjustment("discipline", "学科代码与岗位要求无交集或未填写（中性）", 0));
    }
    if (cluster != null) {
      out.add(new Adjustment("cluster", "服务同一产业集群“" + cluster + "”", CLUSTER_WEIGHT));
    }
    if (travel == null) {
      out.add(new Adjustment("travel", "高校所在地或企业所在地未知，未计距离（中性）", 0));
    } else {
      out.add(
          new Adjustment(
              "travel",
              "高校在"
                  + travel.from()
                  + "，距企业所在地"
                  + travel.to()
                  + (travel.km() < 5 ? "直线不足 5 公里，" : "直线约 " + Math.round(travel.km()) + " 公里，")
                  + travel.band().label,
              travel.band().value * TRAVEL_WEIGHT));
    }
    return out;
  }

  private static String points(double points) {
    if (Math.abs(points) < 0.005) {
      return "";
    }
    return points > 0 ? "，加 " + two(points) + " 分" : "，减 " + two(-points) + " 分";
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
