package cn.gov.huaian.zjtx.matchmaking.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Marks matched terms in a text with {@code <em>…</em>} around a window of the first match. The
 * text is HTML-escaped first, so a description containing HTML can never inject markup.
 */
public final class Highlighter {
  private Highlighter() {}

  public static String snippet(String text, Collection<String> terms, int window) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String lower = Segmenter.normalise(text);
    // NFKC may change length (rare compatibility characters); fall back to plain lower case then.
    if (lower.length() != text.length()) {
      lower = text.toLowerCase(Locale.ROOT);
    }
    List<String> sorted =
        terms.stream()
            .filter(t -> !t.isBlank())
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    boolean[] marked = new boolean[text.length()];
    int first = -1;
    for (String term : sorted) {
      for (int i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + term.length())) {
        for (int k = i; k < i + term.length(); k++) {
          marked[k] = true;
        }
        first = first < 0 ? i : Math.min(first, i);
      }
    }
    int start = first < 0 ? 0 : Math.max(0, first - window / 4);
    int end = Math.min(text.length(), start + window);
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
      start--;
    }
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end++;
    }
    var out = new StringBuilder();
    if (start > 0) {
      out.append('…');
    }
    boolean open = false;
    for (int i = start; i < end; i++) {
      if (marked[i] && !open) {
        out.append("<em>");
        open = true;
      } else if (!marked[i] && open) {
        out.append("</em>");
        open = false;
      }
      escape(text.charAt(i), out);
    }
    if (open) {
      out.append("</em>");
    }
    if (end < text.length()) {
      out.append('…');
    }
    return out.toString();
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '&' -> out.append("&amp;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      default -> out.append(c);
    }
  }
}
