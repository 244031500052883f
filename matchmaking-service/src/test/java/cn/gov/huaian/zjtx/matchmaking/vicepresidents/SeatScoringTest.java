package cn.gov.huaian.zjtx.matchmaking.vicepresidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link SeatScoring} measures with the real embedding model and the places table: industry
 * experience in the post's own trade is judged more related than experience elsewhere or a generic
 * line, and the distance comes from the university's city to the firm's district. No server.
 */
class SeatScoringTest {
  static final String[][] POSTS = {
    {"数控机床主轴、五轴加工中心", "三年内实现主轴热误差在线补偿，开发智能产线"},
    {"盱眙龙虾调味料、预制菜", "建设低温杀菌与保鲜工艺，延长货架期到 12 个月"},
    {"锂电池正极材料磷酸铁锂", "提升压实密度，建设万吨级产线"}
  };

  /** The experience in each post's own trade, in the same order as {@link #POSTS}. */
  static final String[] OWN_TRADE = {
    "曾在徐工集团担任技术顾问三年，主持企业横向课题 8 项，参与数控机床主轴改造。",
    "在某食品企业挂职副总一年，负责杀菌工艺改进与 HACCP 体系建设。",
    "曾任电池材料企业研发部经理，负责正极材料烧结工艺。"
  };

  static final String GENERIC = "担任多家企业技术顾问。";

  @Test
  void experienceInThePostsTradeIsMoreRelatedThanAnyOther() {
    for (int p = 0; p < POSTS.length; p++) {
      var side = SeatScoring.seatSide(seat(POSTS[p]), "320812");
      double own = industry(side, OWN_TRADE[p]);
      for (int q = 0; q < OWN_TRADE.length; q++) {
        if (q != p) {
          assertThat(own)
              .as("post %d: own trade vs trade %d", p, q)
              .isGreaterThan(industry(side, OWN_TRADE[q]));
        }
      }
      assertThat(own)
          .as("post %d: own trade vs a generic line", p)
          .isGreaterThan(industry(side, GENERIC));
      assertThat(SeatScoring.fit(seat(POSTS[p]), side, expert(OWN_TRADE[p]), "淮安市").industry())
          .as("post %d: experience in its trade scores above the unrelated floor", p)
          .isGreaterThan(0);
    }
  }

  @Test
  void travelRunsFromTheUniversityCityToTheFirmsDistrict() {
    var side = SeatScoring.seatSide(seat(POSTS[0]), "320830");
    var fit = SeatScoring.fit(seat(POSTS[0]), side, expert(null), "南京市");
    assertThat(fit.travel().from()).isEqualTo("南京市");
    assertThat(fit.travel().to()).isEqualTo("盱眙县");
    // 盱眙 (33.01, 118.54) to 南京 (32.06, 118.80): about 108 km.
    assertThat(fit.travel().km()).isCloseTo(108, within(5.0));
    assertThat(SeatScoring.fit(seat(POSTS[0]), side, expert(null), "某地").travel())
        .as("a city not in the table: unknown, hence neutral")
        .isNull();
    var unregistered = SeatScoring.seatSide(seat(POSTS[0]), null);
    assertThat(unregistered.firm().name()).isEqualTo("淮安市（区县未登记）");
  }

  private static double industry(SeatScoring.SeatSide side, String experience) {
    return SeatScoring.industryCosine(side, experience);
  }

  private static VpSeat seat(String[] post) {
    var s = new VpSeat();
    s.title = "科技副总";
    s.mainProductLine = post[0];
    s.developmentPlan = post[1];
    s.description = "负责技术路线与研发团队建设";
    s.nsfcCodes = new ArrayList<>();
    return s;
  }

  private static Expert expert(String experience) {
    var e = new Expert();
    e.researchDirections = "数控机床热误差建模与补偿";
    e.disciplines = new ArrayList<>(List.of("E0509"));
    e.industryExperience = experience;
    return e;
  }
}
