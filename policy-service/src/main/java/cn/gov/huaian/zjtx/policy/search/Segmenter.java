package cn.gov.huaian.zjtx.policy.search;

import cn.gov.huaian.zjtx.platform.text.ChineseSegmenter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 中文分词 for policy search: the platform's {@link ChineseSegmenter} with this service's glossary and
 * synonym terms kept whole (专精特新 stays one word), and query-time synonyms, since the search server
 * has no synonym filter. One per process: HanLP's dictionaries are global.
 */
public final class Segmenter {
  private static volatile Segmenter shared;
  private final ChineseSegmenter segmenter;
  private final Map<String, List<String>> synonyms = new HashMap<>();

  private Segmenter() {
    List<String> words = new ArrayList<>(lines("/text/glossary.txt"));
    for (String line : lines("/text/synonyms.txt")) {
      List<String> group =
          Arrays.stream(line.split("~"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .map(Segmenter::normalise)
              .toList();
      words.addAll(group);
      group.forEach(w -> synonyms.put(w, group));
    }
    segmenter = new ChineseSegmenter(words);
  }

  public static Segmenter shared() {
    if (shared == null) {
      synchronized (Segmenter.class) {
        if (shared == null) {
          shared = new Segmenter();
        }
      }
    }
    return shared;
  }

  public List<String> tokens(String text) {
    return segmenter.tokens(text);
  }

  /** Tokens joined by spaces: the {@code whitespace}-analysed field. */
  public String segmented(String text) {
    return segmenter.segmented(text);
  }

  /** Query tokens with their synonyms added. */
  public Set<String> expanded(String query) {
    Set<String> out = new LinkedHashSet<>();
    for (String token : tokens(query)) {
      out.add(token);
      out.addAll(synonyms.getOrDefault(token, List.of()));
    }
    return out;
  }

  static String normalise(String text) {
    return ChineseSegmenter.normalise(text);
  }

  private static List<String> lines(String resource) {
    return ChineseSegmenter.wordList(Segmenter.class, resource);
  }
}
