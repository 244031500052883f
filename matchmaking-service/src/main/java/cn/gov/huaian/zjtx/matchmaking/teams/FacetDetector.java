package cn.gov.huaian.zjtx.matchmaking.teams;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * 需求拆分: the facets (技术方面) a need covers, read from its own text. Plain Java; the tokenizer (HanLP
 * segmentation without filler words, in the service) is passed in.
 *
 * <p>First what the poster says they look for: a sentence that asks for 专家 / 老师 / 团队 and lists
 * fields ("懂医用高分子材料、注塑模具和自动化装配的老师", "从电化学、热管理、自动化装配到电池管理系统") gives one facet per listed field.
 * Without such a list, the request sentence (希望 / 想 / 需要 …) split at 同时 / 并 / 另外, or else the
 * numbered problems (第一…第二…, 一是…二是…). A need with fewer than two parts has one facet: the need
 * itself.
 */
public final class FacetDetector {
  /** Facets at most: a team has at most four members, a few more facets can still be shared. */
  public static final int MAX_FACETS = 6;

  private static final Pattern SENTENCES = Pattern.compile("[。！？；;!?\\n]+");
  private static final Pattern CLAUSES = Pattern.compile("[，,：:]+");
  private static final Pattern ASKS_FOR_PEOPLE = Pattern.compile("专家|老师|教授|团队|高校");
  private static final Pattern LIST_SEPARATORS = Pattern.compile("、|以及|和|及|与|到|又了解|又懂|又熟悉|还懂|加上");
  private static final Pattern LIST_START =
      Pattern.compile(".*(从|既懂|既了解|懂|熟悉|覆盖|找到|找|需要|希望|包括|涉及)");
  private static final Pattern LIST_END =
      Pattern.compile("方面|领域|的专家|的老师|的团队|专家|老师|团队|一起|联合|一步步|逐步|帮");
  private static final Pattern REQUEST = Pattern.compile("^(希望|想|需要|想要|请|拟|计划)");
  private static final Pattern REQUEST_LEAD =
      Pattern.compile("^(希望|想要|想|需要|请|拟|计划)?(请)?(高校)?(老师|专家)?(帮我们|帮助我们|帮忙|帮)?");
  private static final Pattern REQUEST_SPLIT = Pattern.compile("，?(同时|并且|并|另外|此外|还要|还希望)");
  private static final Pattern NUMBERED =
      Pattern.compile("(第[一二三四五六七八九十]+[，,、：:]?|[一二三四五六七八九十]是|[一二三四五六七八九十][、.．])");

  private final Function<String, List<String>> tokens;

  /**
   * @param tokens content words of a text (no filler words)
   */
  public FacetDetector(Function<String, List<String>> tokens) {
    this.tokens = tokens;
  }

  /** The need's facets, in the order the need names them; never empty for a non-blank need. */
  public List<TeamComposer.Facet> detect(String title, String description) {
    String text = description == null ? "" : description;
    List<String> parts = listed(text);
    if (parts.size() < 2) {
      parts = requested(text);
    }
    if (parts.size() < 2) {
      parts = numbered(text);
    }
    var facets = new ArrayList<TeamComposer.Facet>();
    if (parts.size() < 2) {
      String whole = title == null || title.isBlank() ? text : title;
      facets.add(new TeamComposer.Facet("f1", label(whole)));
      return facets;
    }
    for (String p : parts) {
      if (facets.size() == MAX_FACETS) {
        break;
      }
      facets.add(new TeamComposer.Facet("f" + (facets.size() + 1), label(p)));
    }
    return facets;
  }

  /** Fields listed where the poster asks for people, all such lists of the need, deduplicated. */
  List<String> listed(String text) {
    var items = new LinkedHashSet<String>();
    for (String sentence : SENTENCES.split(text)) {
      if (!ASKS_FOR_PEOPLE.matcher(sentence).find()) {
        continue;
      }
      for (String clause : CLAUSES.split(sentence)) {
        String list = between(clause);
        if (list == null) {
          continue;
        }
        List<String> found = new ArrayList<>();
        for (String item : LIST_SEPARATORS.split(list)) {
          String t = trim(item);
          if (t.length() >= 2 && t.length() <= 14 && !tokens.apply(t).isEmpty()) {
            found.add(t);
          }
        }
        if (found.size() >= 2) {
          items.addAll(found);
        }
      }
    }
    return dedupe(new ArrayList<>(items));
  }

  /**
   * The part of a clause between its lead-in (懂 / 从 / 找 …) and its end (方面 / 的老师 …), or null when
   * the clause has not both.
   */
  private static String between(String clause) {
    if (!LIST_SEPARATORS.matcher(clause).find()) {
      return null;
    }
    // Both a lead-in and an end: "对制冷系统和除霜做节能改造" is a task, not a list of fields.
    var end = LIST_END.matcher(clause);
    if (!end.find()) {
      return null;
    }
    String head = clause.substring(0, end.start());
    var start = LIST_START.matcher(head);
    return start.lookingAt() ? head.substring(start.end()) : null;
  }

  /** The request sentences ("希望…，同时…，并…") split into what is asked. */
  List<String> requested(String text) {
    var parts = new ArrayList<String>();
    for (String sentence : SENTENCES.split(text)) {
      String s = sentence.strip();
      if (!REQUEST.matcher(s).find()) {
        continue;
      }
      for (String p : REQUEST_SPLIT.split(s)) {
        String part = REQUEST_LEAD.matcher(p.strip()).replaceFirst("");
        if (tokens.apply(part).size() >= 2) {
          parts.add(part);
        }
      }
    }
    return parts.size() >= 2 ? dedupe(parts) : List.of();
  }

  /** Numbered problems: 第一…第二…, 一是…二是…. */
  List<String> numbered(String text) {
    var m = NUMBERED.matcher(text);
    var starts = new ArrayList<Integer>();
    var ends = new ArrayList<Integer>();
    while (m.find()) {
      starts.add(m.start());
      ends.add(m.end());
    }
    if (starts.size() < 2) {
      return List.of();
    }
    var parts = new ArrayList<String>();
    for (int i = 0; i < starts.size(); i++) {
      int to = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      String p = text.substring(ends.get(i), to);
      var stop = SENTENCES.matcher(p);
      if (i + 1 == starts.size() && stop.find()) {
        p = p.substring(0, stop.start());
      }
      if (tokens.apply(p).size() >= 2) {
        parts.add(p.strip());
      }
    }
    return dedupe(parts);
  }

  /** Drops a part whose content words are all in an earlier part. */
  private List<String> dedupe(List<String> parts) {
    var out = new ArrayList<String>();
    var seen = new ArrayList<Set<String>>();
    for (String p : parts) {
      Set<String> words = new LinkedHashSet<>(tokens.apply(p));
      if (words.isEmpty() || seen.stream().anyMatch(s -> s.containsAll(words))) {
        continue;
      }
      seen.add(words);
      out.add(p);
    }
    return out;
  }

  private static String trim(String item) {
    return item.strip().replaceAll("^(的|了|在|对|把|做|是)+|(的|等|等等|方面)+$", "").strip();
  }

  /** A facet's label: its words, at most 24 characters. */
  private static String label(String part) {
    String t = part.strip().replaceAll("[，,。；;：:！!？?]+$", "");
    return t.length() <= 24 ? t : t.substring(0, 23) + "…";
  }
}
