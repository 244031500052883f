package cn.gov.huaian.zjtx.matchmaking.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a need's text is searched for (no server: the stored vector is given). */
class NeedQueryTest {
  private static MatchQuery of(String text) {
    return MatchService.query(text, new float[] {1f}, List.of(), List.of(), "ANY", false);
  }

  @Test
  void theTradeThePosterIntroducesItselfWithIsSearchedOnlyWithASynonymsWeight() {
    MatchQuery q = of("液压站漏油\n我们是做钣金加工的，有几台液压折弯机。油缸杆和接头漏油，油温高。");
    assertThat(q.terms()).doesNotContain("钣金").contains("液压", "漏油");
    assertThat(q.synonyms()).contains("钣金");
  }

  @Test
  void fillerWordsAreNotSearched() {
    MatchQuery q = of("我们希望找老师解决注塑件缩痕问题");
    assertThat(q.terms()).contains("缩痕").doesNotContain("我们", "希望", "老师", "问题");
  }
}
