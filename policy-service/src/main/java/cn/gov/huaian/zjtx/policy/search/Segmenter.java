package cn.gov.huaian.zjtx.policy.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 中文分词: HanLP with the platform glossary in its custom dictionary (专精特新 stays one word), normalised
 * (NFKC, lower case), stop words and punctuation dropped; and query-time synonyms, since the search
 * server has no synonym filter. One per process: HanLP's dictionaries are global.
 */
public final class Segmenter {
  private static volatile Segmenter shared;
  private final Segment segment;
  private final Map<String, List<String>> synonyms = new HashMap<>();

  private Segmenter() {
    HanLP.Config.ShowTermNature = false;
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
    words.forEach(w -> CustomDictionary.insert(normalise(w), "nz 2048"));
    segment =
        HanLP.newSegment()
            .enableCustomDictionary(true)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false);
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
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Term> terms;
    synchronized (segment) {
      terms = segment.seg(normalise(text));
    }
    List<String> tokens = new ArrayList<>(terms.size());
    for (Term t : terms) {
      String w = t.word.strip();
      if (!w.isEmpty()
          && w.codePoints().anyMatch(Character::isLetterOrDigit)
          && !CoreStopWordDictionary.contains(w)) {
        tokens.add(w);
      }
    }
    return tokens;
  }

  /** Tokens joined by spaces: the {@code whitespace}-analysed field. */
  public String segmented(String text) {
    return String.join(" ", tokens(text));
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
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static List<String> lines(String resource) {
    try (var in = Segmenter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("缺少资源 " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
