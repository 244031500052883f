package cn.gov.huaian.zjtx.matchmaking.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The clauses in which a need's poster says who it is ("我们是做钣金加工的", "我们是虾仁加工厂", "公司是精细化工企业") rather
 * than what its problem is. Their words describe the firm's trade, so an expert who shares only
 * them (a sheet-metal forming expert for a sheet-metal shop's hydraulic leak) is a homonym of the
 * problem, not an answer to it: the ranking searches them with less weight. Read off the dev split
 * of the judged collection only.
 */
public final class SelfDescription {
  /**
   * A sentence opening with the poster introducing itself; its first clause is the introduction.
   */
  private static final Pattern OPENING = Pattern.compile("^(我们|我司|本公司|公司|我厂|本厂|本企业)(是|主要是|属于)");

  private static final Pattern SENTENCES = Pattern.compile("[。！？；;!?\\n]+");
  private static final Pattern CLAUSES = Pattern.compile("[，,：:]");

  private SelfDescription() {}

  /**
   * The introducing clauses of a text, in order (empty when the poster does not introduce itself).
   */
  public static List<String> clauses(String text) {
    var out = new ArrayList<String>();
    if (text == null) {
      return out;
    }
    for (String sentence : SENTENCES.split(text)) {
      String s = sentence.strip();
      if (OPENING.matcher(s).find()) {
        out.add(CLAUSES.split(s, 2)[0]);
      }
    }
    return out;
  }

  /**
   * Of the query's {@code terms}, those that occur in an introducing clause and nowhere else in the
   * text (a word of the trade that the problem repeats stays a full term).
   */
  public static Set<String> onlyIntroducing(String text, Collection<String> terms) {
    List<String> intros = clauses(text);
    var out = new LinkedHashSet<String>();
    if (intros.isEmpty()) {
      return out;
    }
    String rest = text;
    for (String clause : intros) {
      rest = rest.replace(clause, " ");
    }
    Set<String> elsewhere = new HashSet<>(Segmenter.shared().tokens(rest));
    for (String clause : intros) {
      for (String t : Segmenter.shared().tokens(clause)) {
        if (terms.contains(t) && !elsewhere.contains(t)) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
