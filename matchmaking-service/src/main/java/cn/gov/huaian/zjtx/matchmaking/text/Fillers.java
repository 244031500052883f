package cn.gov.huaian.zjtx.matchmaking.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Filler words of needs and profiles (企业, 系统, 包括, 采用, 我们, 希望 …): frequent, topic-free words that a
 * query should not search for, or they count as matches between unrelated texts. The list ({@code
 * text/fillers.txt}) was grown from the dev split of the judged collection only. Tokens are
 * normalised like {@link Segmenter} tokens.
 */
public final class Fillers {
  private static final Fillers SHARED = new Fillers(Set.copyOf(load()));
  private final Set<String> words;

  Fillers(Set<String> words) {
    this.words = words;
  }

  public static Fillers shared() {
    return SHARED;
  }

  public boolean contains(String token) {
    return words.contains(token);
  }

  private static Set<String> load() {
    var out = new HashSet<String>();
    for (String line : Segmenter.readLines("/text/fillers.txt")) {
      for (String w : line.split("\\s+")) {
        if (!w.isBlank()) {
          out.add(Segmenter.normalise(w));
        }
      }
    }
    return out;
  }
}
