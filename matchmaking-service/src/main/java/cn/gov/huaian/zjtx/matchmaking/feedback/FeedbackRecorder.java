package cn.gov.huaian.zjtx.matchmaking.feedback;

import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.matchmaking.ranking.Match;
import cn.gov.huaian.zjtx.matchmaking.ranking.MatchService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Records each outcome of a match as feedback on it (issue 16, item 3): the interest with the match
 * as ranked at that moment, and every later event (accepted, declined with its reason, cooperation
 * signed, finished or failed) with the same snapshot, so that what is learnt relates outcomes to
 * the features that produced the match. Called inside the caller's transaction: the event and its
 * feedback are written together or not at all.
 */
@ApplicationScoped
public class FeedbackRecorder {
  /** How deep the need's ranking is read to find the expert's rank and features. */
  static final int SNAPSHOT_DEPTH = 100;

  private static final Logger LOG = Logger.getLogger(FeedbackRecorder.class);

  private final MatchService matches;

  public FeedbackRecorder(MatchService matches) {
    this.matches = matches;
  }

  /** An expert's interest in a need: the match as the ranker sees it now. */
  public void interest(TechNeed need, UUID expertId, UUID interestId, String actor) {
    var f = row(need.id, expertId, interestId, FeedbackEvent.INTEREST, actor);
    snapshot(need, expertId, f);
    f.persist();
  }

  /** The firm's decision on an interest; a decline carries its reason. */
  public void decided(
      UUID needId,
      UUID expertId,
      UUID interestId,
      boolean accepted,
      String actor,
      DeclineReason reasonCode,
      String reason) {
    var f =
        row(
            needId,
            expertId,
            interestId,
            accepted ? FeedbackEvent.ACCEPTED : FeedbackEvent.DECLINED,
            actor);
    f.reasonCode = reasonCode == null ? null : reasonCode.name();
    f.reason = reason;
    copySnapshot(interestId, f);
    f.persist();
  }

  /** A cooperation signed, finished or failed on an accepted interest. */
  public void cooperation(
      FeedbackEvent event,
      UUID needId,
      UUID expertId,
      UUID interestId,
      UUID cooperationId,
      String actor) {
    var f = row(needId, expertId, interestId, event, actor);
    f.cooperationId = cooperationId;
    copySnapshot(interestId, f);
    f.persist();
  }

  private static MatchFeedback row(
      UUID needId, UUID expertId, UUID interestId, FeedbackEvent event, String actor) {
    var f = new MatchFeedback();
    f.id = UUID.randomUUID();
    f.needId = needId;
    f.expertId = expertId;
    f.interestId = interestId;
    f.event = event;
    f.actor = actor == null ? "unknown" : actor;
    return f;
  }

  /**
   * The expert's rank and features in the need's ranking. A failure to rank (search down) leaves
   * them empty: the interest itself must not be lost for the sake of its feedback.
   */
  private void snapshot(TechNeed need, UUID expertId, MatchFeedback f) {
    try {
      for (Match m : matches.expertsForNeed(need, SNAPSHOT_DEPTH).items()) {
        if (m.id().equals(expertId)) {
          f.rank = m.rank();
          f.features = features(m);
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.warnf("匹配反馈：需求 %s 的排序读取失败，意向照常记录，不带特征（%s）", need.id, e.getMessage());
    }
  }

  private static Map<String, Double> features(Match m) {
    var out = new LinkedHashMap<String, Double>();
    m.explanation().contributions().forEach(c -> out.put(c.feature(), c.value()));
    out.put("score", m.score());
    return out;
  }

  private static void copySnapshot(UUID interestId, MatchFeedback f) {
    MatchFeedback first =
        MatchFeedback.find("interestId = ?1 and event = ?2", interestId, FeedbackEvent.INTEREST)
            .firstResult();
    if (first != null) {
      f.rank = first.rank;
      f.features = first.features == null ? null : new LinkedHashMap<>(first.features);
    }
  }
}
