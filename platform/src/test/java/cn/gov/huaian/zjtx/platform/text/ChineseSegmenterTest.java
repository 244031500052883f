package cn.gov.huaian.zjtx.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseSegmenterTest {
  private final ChineseSegmenter segmenter = new ChineseSegmenter(List.of("专精特新", "印制电路板"));

  @Test
  void glossaryWordsStayWholeAndTextIsNormalised() {
    List<String> tokens = segmenter.tokens("淮安的专精特新企业生产ＰＣＢ印制电路板！🙂");

    assertThat(tokens).contains("专精特新", "印制电路板", "pcb");
    assertThat(tokens).doesNotContain("的", "！", "🙂", "专精", "特新");
    assertThat(segmenter.segmented("印制电路板")).isEqualTo("印制电路板");
  }

  @Test
  void blankTextHasNoTokens() {
    assertThat(segmenter.tokens(null)).isEmpty();
    assertThat(segmenter.tokens("  ")).isEmpty();
  }

  @Test
  void wordListsSkipBlankLinesAndComments() {
    assertThat(ChineseSegmenter.wordList(ChineseSegmenterTest.class, "/text/words-test.txt"))
        .containsExactly("专精特新", "小巨人");
  }
}
