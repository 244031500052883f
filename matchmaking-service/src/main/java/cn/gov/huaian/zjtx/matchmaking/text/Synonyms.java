package cn.gov.huaian.zjtx.matchmaking.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain synonym list (芯片 ~ 集成电路 ~ IC …), applied by the application at query time since the
 * search server has no synonym filter. Terms are normalised like {@link Segmenter} tokens.
 */
public final class Synonyms {
  private static final Synonyms SHARED = new Synonyms(Segmenter.readLines("/text/synonyms.txt"));
  private final List<List<String>> groups;
  private final Map<String, List<String>> byTerm = new HashMap<>();

  Synonyms(List<String> lines) {
    var parsed = new ArrayList<List<String>>();
    for (String line : lines) {
      List<String> group =
          Arrays.stream(line.split("~"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .map(Segmenter::normalise)
              .toList();
      if (group.size() > 1) {
        parsed.add(group);
        for (String term : group) {
          byTerm
              .computeIfAbsent(term, t -> new ArrayList<>())
              .addAll(group.stream().filter(o -> !o.equals(term)).toList());
        }
      }
    }
    groups = List.copyOf(parsed);
  }

  public static Synonyms shared() {
    return SHARED;
  }

  public List<List<String>> groups() {
    return groups;
  }

  /** The other terms of the token's group(s); empty when it has none. */
  public List<String> of(String token) {
    return byTerm.getOrDefault(token, List.of());
  }

  /** The distinct tokens plus their synonyms, originals first. */
  public Set<String> expand(List<String> tokens) {
    var out = new LinkedHashSet<String>(tokens);
    for (String t : tokens) {
      out.addAll(of(t));
    }
    return out;
  }
}
