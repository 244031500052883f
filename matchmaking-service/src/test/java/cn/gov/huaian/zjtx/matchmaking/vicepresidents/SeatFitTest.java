package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 科技副总 fit without Quarkus: relevance first, the adjustments gated by it and bounded, a value
 * not known neutral, and the reasons an administrator reads. Expected figures computed by hand.
 */
class SeatFitTest {
  static final SeatFit.Travel NANJING = new SeatFit.Travel("南京市", "清江浦区", 170);
  static final SeatFit.Travel SAME_CITY = new SeatFit.Travel("淮安市", "清江浦区", 6);
  static final SeatFit.Travel XIAN = new SeatFit.Travel("西安市", "清江浦区", 930);

  @Test
  void relevanceIsTheMeanOfProductAndPlanAndNothingElseCountsWhenNothingElseIsKnown() {
    var fit = new SeatFit(0.6, 0.4, null, 0, List.of(), null, null);
    assertThat(fit.relevance()).isEqualTo(0.5);
    assertThat(fit.score()).as("missing experience, codes and place are neutral").isEqualTo(0.5);
  }

  @Test
  void adjustmentsAreSharesOfTheRelevance() {
    // industry 1.0 → 0.30; discipline 0.5 → 0.10; same city → 0.20; sum 0.60 > 0.5: scaled to
    // 0.5, times relevance 0.6 → +0.30.
    var fit = new SeatFit(0.6, 0.6, 1.0, 0.5, List.of("E0509 机械制造工艺与装备"), null, SAME_CITY);
    assertThat(fit.score()).isCloseTo(0.6 + 0.30, within(1e-4));
    // The same expert with half the relevance gains half as much: a local expert off-topic stays
    // behind.
    var offTopic = new SeatFit(0.3, 0.3, 1.0, 0.5, List.of(), null, SAME_CITY);
    assertThat(offTopic.score()).isCloseTo(0.3 + 0.15, within(1e-4));
    assertThat(offTopic.score())
        .isLessThan(new SeatFit(0.6, 0.6, null, 0, List.of(), null, null).score());
  }

  @Test
  void writtenIndustryExperienceCountsEvenInAnotherTradeAndMoreInTheSameOne() {
    double none = new SeatFit(0.5, 0.5, null, 0, List.of(), null, null).score();
    double other = new SeatFit(0.5, 0.5, 0.0, 0, List.of(), null, null).score();
    double same = new SeatFit(0.5, 0.5, 1.0, 0, List.of(), null, null).score();
    // 0.3 × 0.30 × 0.5 = 0.045; 1.0 × 0.30 × 0.5 = 0.15
    assertThat(other - none).isCloseTo(0.045, within(1e-4));
    assertThat(same - none).isCloseTo(0.15, within(1e-4));
  }

  @Test
  void distanceBandsLiftNearbyExpertsAndHoldBackFarOnes() {
    double unknown = new SeatFit(0.5, 0.5, null, 0, List.of(), null, null).score();
    assertThat(new SeatFit(0.5, 0.5, null, 0, List.of(), null, SAME_CITY).score() - unknown)
        .isCloseTo(0.10, within(1e-4));
    assertThat(new SeatFit(0.5, 0.5, null, 0, List.of(), null, NANJING).score() - unknown)
        .isCloseTo(0.05, within(1e-4));
    assertThat(new SeatFit(0.5, 0.5, null, 0, List.of(), null, XIAN).score() - unknown)
        .isCloseTo(-0.05, within(1e-4));
  }

  @Test
  void reasonsComeRelevanceFirstThenByEffectWithTheirPoints() {
    var fit = new SeatFit(0.62, 0.58, 0.8, 1.0, List.of("E0509 机械制造工艺与装备"), "智能装备及新能源", NANJING);
    assertThat(fit.reasons())
        .containsExactly(
            "主题相关度 0.60（主导产品 0.62、发展规划 0.58，与研究方向及成果的语义相似度之均值）",
            "有产业经历，与岗位的相关度 0.80，加 0.13 分",
            "学科吻合度 1.00（E0509 机械制造工艺与装备），加 0.10 分",
            "高校在南京市，距企业所在地清江浦区直线约 170 公里，可当日往返，加 0.05 分",
            "服务同一产业集群“智能装备及新能源”，加 0.02 分");
  }

  @Test
  void unknownsAreSaidToBeNeutral() {
    assertThat(new SeatFit(0.4, 0.4, null, 0, List.of(), null, null).reasons())
        .containsExactly(
            "主题相关度 0.40（主导产品 0.40、发展规划 0.40，与研究方向及成果的语义相似度之均值）",
            "未填写产业经历（中性，不扣分）",
            "学科代码与岗位要求无交集或未填写（中性）",
            "高校所在地或企业所在地未知，未计距离（中性）");
  }
}
