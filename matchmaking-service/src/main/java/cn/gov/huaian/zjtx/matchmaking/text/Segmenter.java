package cn.gov.huaian.zjtx.matchmaking.text;

import cn.gov.huaian.zjtx.platform.text.ChineseSegmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese word segmentation for matchmaking: the platform's {@link ChineseSegmenter} with this
 * service's glossary and every synonym term kept whole (so that 专精特新 or 印制电路板 stay one token). One
 * instance per process ({@link #shared()}) since HanLP's dictionaries are global.
 */
public final class Segmenter {
  private static volatile Segmenter shared;
  private final ChineseSegmenter segmenter;

  private Segmenter(List<String> glossary) {
    this.segmenter = new ChineseSegmenter(glossary);
  }

  /** The process-wide segmenter with the glossary and every synonym term loaded. */
  public static Segmenter shared() {
    if (shared == null) {
      synchronized (Segmenter.class) {
        if (shared == null) {
          var words = new ArrayList<>(readLines("/text/glossary.txt"));
          for (List<String> group : Synonyms.shared().groups()) {
            words.addAll(group);
          }
          shared = new Segmenter(words);
        }
      }
    }
    return shared;
  }

  /** Normalised, filtered tokens of a text, in order (duplicates kept: BM25 counts them). */
  public List<String> tokens(String text) {
    return segmenter.tokens(text);
  }

  /** The tokens joined by spaces: what goes into the {@code whitespace}-analysed index field. */
  public String segmented(String text) {
    return segmenter.segmented(text);
  }

  static String normalise(String text) {
    return ChineseSegmenter.normalise(text);
  }

  static List<String> readLines(String resource) {
    return ChineseSegmenter.wordList(Segmenter.class, resource);
  }
}
