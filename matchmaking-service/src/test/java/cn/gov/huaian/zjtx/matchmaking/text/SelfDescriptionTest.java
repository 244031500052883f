package cn.gov.huaian.zjtx.matchmaking.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelfDescriptionTest {
  private static final String LEAK =
      "液压站油温高还到处漏油\n折弯机的液压站一到夏天油温七八十度。" + "我们是做钣金加工的，有几台液压折弯机和油压机。油缸杆和接头漏油。";

  @Test
  void theFirstClauseOfASentenceThatIntroducesThePosterIsAnIntroduction() {
    assertThat(SelfDescription.clauses(LEAK)).containsExactly("我们是做钣金加工的");
    assertThat(SelfDescription.clauses("公司是精细化工企业，有一个硝化工序。我司属于医疗器械行业"))
        .containsExactly("公司是精细化工企业", "我司属于医疗器械行业");
  }

  @Test
  void aSentenceAboutTheProblemIsNoIntroduction() {
    assertThat(SelfDescription.clauses("公司开发工商业储能柜，需要并网控制算法。我们希望找老师合作")).isEmpty();
    assertThat(SelfDescription.onlyIntroducing("我们希望找老师合作", List.of("老师"))).isEmpty();
  }

  @Test
  void onlyTheTradeWordsTheProblemDoesNotRepeatAreSetApart() {
    var terms = Segmenter.shared().tokens(LEAK);
    assertThat(SelfDescription.onlyIntroducing(LEAK, terms)).contains("钣金").doesNotContain("液压");

    String repeated = "我们是做注塑件的，注塑件表面老有缩痕";
    assertThat(SelfDescription.onlyIntroducing(repeated, Segmenter.shared().tokens(repeated)))
        .doesNotContain("注塑件", "注塑");
  }
}
