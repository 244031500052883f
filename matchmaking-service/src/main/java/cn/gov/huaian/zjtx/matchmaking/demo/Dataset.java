package cn.gov.huaian.zjtx.matchmaking.demo;

import java.util.List;
import java.util.UUID;

/**
 * The shapes of the generated demo profiles and needs (text from {@link Topics} by {@link
 * Generator}). Demo data only: it carries no relevance labels; the matchmaking evaluation uses the
 * hand-judged collection under matchmaking-service/src/test/resources/evaluation/judged/.
 */
public final class Dataset {
  private Dataset() {}

  /** A generated expert profile. */
  public record EvalExpert(
      UUID id,
      String name,
      String university,
      boolean inHuaian,
      boolean inJiangsu,
      String title,
      String researchDirections,
      List<String> achievements,
      List<String> disciplines,
      List<String> clusters,
      int capacity,
      Double pastOutcome,
      int topic,
      int secondaryTopic) {
    public String text() {
      return researchDirections
          + (achievements.isEmpty() ? "" : "\n" + String.join("\n", achievements));
    }
  }

  /** A generated need. */
  public record EvalNeed(
      UUID id,
      String title,
      String publicSummary,
      String description,
      List<String> nsfcCodes,
      String cluster,
      String regionPreference,
      int topic) {
    public String text() {
      return title + "\n" + publicSummary + "\n" + description;
    }
  }
}
