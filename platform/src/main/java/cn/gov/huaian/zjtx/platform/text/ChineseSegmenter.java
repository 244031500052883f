package cn.gov.huaian.zjtx.platform.text;

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
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * 中文分词, one way for every service that indexes Chinese text: HanLP with a service's glossary in its
 * custom dictionary (专精特新, 印制电路板 stay one token), text normalised (NFKC: full-width to half-width;
 * lower case), tokens without stop words, punctuation or emoji. Thread-safe. HanLP's dictionaries
 * are global to the JVM, so a service makes one (its {@code Segmenter.shared()}) with every word it
 * needs kept whole; the glossaries and synonyms stay the service's own.
 */
public final class ChineseSegmenter {
  private final Segment segment;

  public ChineseSegmenter(Collection<String> wordsKeptWhole) {
    HanLP.Config.ShowTermNature = false;
    for (String word : wordsKeptWhole) {
      CustomDictionary.insert(normalise(word), "nz 2048");
    }
    segment =
        HanLP.newSegment()
            .enableCustomDictionary(true)
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false);
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
    List<String> tokens = new ArrayList<>(terms.size());
    for (Term t : terms) {
      String w = t.word.strip();
      if (!w.isEmpty() && meaningful(w) && !CoreStopWordDictionary.contains(w)) {
        tokens.add(w);
      }
    }
    return tokens;
  }

  /** The tokens joined by spaces: what goes into a {@code whitespace}-analysed index field. */
  public String segmented(String text) {
    return String.join(" ", tokens(text));
  }

  public static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /**
   * The lines of a UTF-8 word list on the class path of {@code owner}, stripped, without blank
   * lines and {@code #} comments.
   */
  public static List<String> wordList(Class<?> owner, String resource) {
    try (var in = owner.getResourceAsStream(resource)) {
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

  /** At least one letter or digit: drops punctuation, symbols and emoji. */
  private static boolean meaningful(String w) {
    return w.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
