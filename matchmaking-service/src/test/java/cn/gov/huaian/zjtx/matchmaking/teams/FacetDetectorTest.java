package cn.gov.huaian.zjtx.matchmaking.teams;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.text.Fillers;
import cn.gov.huaian.zjtx.matchmaking.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facets read from a need's own text; HanLP segmentation, no Quarkus. */
class FacetDetectorTest {
  final FacetDetector detector =
      new FacetDetector(
          t -> {
            var words = new ArrayList<>(Segmenter.shared().tokens(t));
            words.removeIf(Fillers.shared()::contains);
            return words;
          });

  List<String> labels(String title, String text) {
    return detector.detect(title, text).stream().map(TeamComposer.Facet::label).toList();
  }

  @Test
  void theFieldsThePosterAsksForAreTheFacets() {
    assertThat(labels("某需求", "我们做电池包。希望找能覆盖电池管理、电源电路、结构和材料的老师，按问题分工合作。"))
        .containsExactly("电池管理", "电源电路", "结构", "材料");
    assertThat(labels("某需求", "希望既懂视觉算法又了解注塑缺陷成因的老师，检测数据还能反过来帮工艺调整。"))
        .containsExactly("视觉算法", "注塑缺陷成因");
  }

  @Test
  void withoutAListTheRequestIsSplitAtItsParts() {
    assertThat(labels("冷库", "库温波动大。希望老师帮我们设计温湿度在线监测和报警系统，同时对制冷系统和除霜做节能改造，并给出合适的库温湿度管理方案。"))
        .hasSize(3)
        .anyMatch(l -> l.contains("温湿度在线监测"))
        .anyMatch(l -> l.contains("节能改造"))
        .anyMatch(l -> l.contains("管理方案"));
  }

  @Test
  void numberedProblemsAreFacetsWhenNothingElseIs() {
    assertThat(labels("产线", "碰到几件事：第一，电芯压差拉大；第二，柜内温差大；第三，焊接虚焊返工多。"))
        .hasSize(3)
        .anyMatch(l -> l.contains("压差"))
        .anyMatch(l -> l.contains("虚焊"));
  }

  @Test
  void aNeedOfOnePieceHasOneFacet() {
    assertThat(labels("注塑件缩痕", "内饰件表面老有缩痕，客户投诉。")).containsExactly("注塑件缩痕");
    assertThat(labels("注塑件缩痕", null)).containsExactly("注塑件缩痕");
  }

  @Test
  void neverMoreThanSixFacets() {
    assertThat(labels("t", "希望找懂甲、乙乙、丙丙、丁丁、戊戊、己己、庚庚、辛辛方面的专家。")).hasSizeLessThanOrEqualTo(6);
  }
}
