package cn.gov.huaian.zjtx.matchmaking.text;

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
import java.util.List;
import java.util.Locale;

/**
 * Chinese word segmentation with HanLP and the platform glossary in its custom dictionary, so that
 * 专精特新 or 印制电路板 stay one token. Tokens are normalised (NFKC: full-width to half-width; lower case)
 * and filtered (no stop words, no punctuation, no emoji). Plain Java, thread-safe after
 * construction; one instance per process ({@link #shared()}) since HanLP's dictionaries are global.
 */
public final class Segmenter {
  private static volatile Segmenter shared;
  private final Segment segment;

  private Segmenter(List<String> glossary) {
    HanLP.Config.ShowTermNature = false;
    for (String word : glossary) {
      CustomDictionary.insert(normalise(word), "nz 2048");
    }
    segment =
        HanLP.newSegment()
            .enableCustomDictionary(true)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false);
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
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String normalised = normalise(text);
    List<Term> terms;
    synchronized (segment) {
      terms = segment.seg(normalised);
    }
    var tokens = new ArrayList<String>(terms.size());
    for (Term t : terms) {
      String w = t.word.strip();
      if (!w.isEmpty() && meaningful(w) && !CoreStopWordDictionary.contains(w)) {
        tokens.add(w);
      }
    }
    return tokens;
  }

  /** The tokens joined by spaces: what goes into the {@code whitespace}-analysed index field. */
  public String segmented(String text) {
    return String.join(" ", tokens(text));
  }

  static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /** At least one letter or digit: drops punctuation, symbols and emoji. */
  private static boolean meaningful(String w) {
    return w.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  static List<String> readLines(String resource) {
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
