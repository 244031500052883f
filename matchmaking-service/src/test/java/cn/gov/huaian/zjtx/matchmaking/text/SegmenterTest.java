package cn.gov.huaian.zjtx.matchmaking.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Segmentation with the platform glossary; no Quarkus. */
class SegmenterTest {
  final Segmenter segmenter = Segmenter.shared();

  @Test
  void glossaryWordsStayWhole() {
    assertThat(segmenter.tokens("推动专精特新小巨人企业与科技副总对接，开展揭榜挂帅"))
        .contains("专精特新", "小巨人", "科技副总", "揭榜挂帅");
    assertThat(segmenter.tokens("新能源汽车及零部件集群的印制电路板需求")).contains("新能源汽车及零部件", "印制电路板");
  }

  @Test
  void tokensAreNormalisedAndPunctuationEmojiAndStopWordsDropped() {
    List<String> tokens = segmenter.tokens("ＰＣＢ线路板😀的<b>缺陷检测</b>！！");
    assertThat(tokens).contains("pcb", "线路板", "缺陷检测").doesNotContain("的", "😀", "<", "！");
  }

  @Test
  void oddTextNeverBreaks() {
    assertThat(segmenter.tokens("")).isEmpty();
    assertThat(segmenter.tokens(null)).isEmpty();
    assertThat(segmenter.tokens("🔋🔋🔋")).isEmpty();
    assertThat(segmenter.tokens("BMS算法 ИИ 最適化 <script>alert(1)</script> \t\n"))
        .contains("bms", "算法");
    assertThat(segmenter.segmented("x".repeat(20000))).isNotBlank();
  }

  @Test
  void synonymsExpandAtQueryTime() {
    assertThat(Synonyms.shared().expand(segmenter.tokens("芯片封装"))).contains("芯片", "集成电路", "ic");
    assertThat(Synonyms.shared().expand(List.of("pcb"))).contains("印制电路板", "线路板");
    assertThat(Synonyms.shared().expand(List.of("电动汽车"))).contains("新能源汽车");
  }

  @Test
  void highlightsAreEscapedAndMarked() {
    String s = Highlighter.snippet("需要<script>PCB</script>缺陷检测方案", List.of("pcb", "缺陷检测"), 100);
    assertThat(s).isEqualTo("需要&lt;script&gt;<em>PCB</em>&lt;/script&gt;<em>缺陷检测</em>方案");
  }
}
