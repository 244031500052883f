package cn.gov.huaian.zjtx.matchmaking.feedback;

import cn.gov.huaian.zjtx.matchmaking.audit.AuditLog;
import cn.gov.huaian.zjtx.matchmaking.ranking.ActiveWeights;
import cn.gov.huaian.zjtx.matchmaking.ranking.Weights;
import cn.gov.huaian.zjtx.matchmaking.ranking.WeightsVersion;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nightly learning of the ranker's adjustment weights from match feedback: examples (one
 * verdict per match, the latest), {@link WeightLearner}, then {@link WeightsGate} on the judged
 * test part. A version that passes becomes ACTIVE (the one before it RETIRED); one that fails is
 * kept as REJECTED with its figures. {@link #rollback} restores the version before the active one
 * (or the configured weights).
 */
@ApplicationScoped
public class WeightLearning {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Double>> FEATURES = new TypeReference<>() {};

  private final EntityManager em;
  private final ActiveWeights active;
  private final AuditLog audit;

  public WeightLearning(EntityManager em, ActiveWeights active, AuditLog audit) {
    this.em = em;
    this.active = active;
    this.audit = audit;
  }

  /** What a learning run did. */
  public record Run(
      boolean learnt,
      Integer version,
      String status,
      int examples,
      double effective,
      Map<String, Double> current,
      Map<String, Double> proposed,
      Double currentNdcg,
      Double proposedNdcg,
      String message) {}

  @Scheduled(cron = "{zjtx.learning.cron}", identity = "ranking-weight-learning")
  void nightly() {
    learn("nightly-job");
  }

  @Transactional
  public Run learn(String by) {
    Weights current = active.current();
    Map<String, Double> now = ActiveWeights.adjustable(current);
    List<WeightLearner.Example> examples = examples();
    var result = new WeightLearner(WeightLearner.Settings.DEFAULT).learn(examples, now);
    if (!result.learnt()) {
      return new Run(
          false,
          null,
          null,
          result.examples(),
          result.effectiveExamples(),
          now,
          now,
          null,
          null,
          String.format(
              "反馈不足：有效样本 %.1f，少于 %.0f，权重不变",
              result.effectiveExamples(), WeightLearner.Settings.DEFAULT.minEffectiveExamples()));
    }
    Weights proposed = ActiveWeights.with(current, result.weights());
    var verdict = WeightsGate.judge(JudgedRankings.testPart(), current, proposed);
    var v = new WeightsVersion();
    v.version = nextVersion();
    v.weights = new HashMap<>(result.weights());
    v.examples = result.examples();
    v.effective = result.effectiveExamples();
    v.currentNdcg = verdict.currentNdcg();
    v.proposedNdcg = verdict.proposedNdcg();
    if (verdict.pass()) {
      retireActive();
      em.flush(); // one ACTIVE at a time (unique index): the old one leaves first
      v.status = WeightsVersion.VersionStatus.ACTIVE;
      v.activatedAt = Instant.now();
      v.note = "评测集测试部分 nDCG@10 不低于现行权重，已生效";
    } else {
      v.status = WeightsVersion.VersionStatus.REJECTED;
      v.note = verdict.needs() == 0 ? "没有评测集，无法离线检验，未生效" : "评测集测试部分 nDCG@10 低于现行权重，未生效";
    }
    v.persist();
    active.changed();
    audit.record(
        by,
        "ranking-weights.learnt",
        "ranking_weights",
        new java.util.UUID(0, v.version),
        Map.of("status", v.status.name(), "examples", v.examples));
    return new Run(
        true,
        v.version,
        v.status.name(),
        v.examples,
        v.effective,
        now,
        v.weights,
        v.currentNdcg,
        v.proposedNdcg,
        v.note);
  }

  /** What a rollback did: the version withdrawn and the one restored (null: configured weights). */
  public record Rollback(int withdrawn, Integer restored, String message) {}

  /** The active version is withdrawn; the one it replaced (if any) becomes active again. */
  @Transactional
  public Rollback rollback(String by) {
    WeightsVersion current =
        WeightsVersion.find("status", WeightsVersion.VersionStatus.ACTIVE).firstResult();
    if (current == null) {
      throw ProblemException.conflict("no-active-weights", "当前没有已生效的学习权重，使用的是配置的默认权重，无需回滚");
    }
    current.status = WeightsVersion.VersionStatus.ROLLED_BACK;
    em.flush();
    WeightsVersion previous =
        WeightsVersion.find(
                "status = ?1 and version < ?2 order by version desc",
                WeightsVersion.VersionStatus.RETIRED,
                current.version)
            .firstResult();
    if (previous != null) {
      previous.status = WeightsVersion.VersionStatus.ACTIVE;
      previous.activatedAt = Instant.now();
    }
    active.changed();
    audit.record(
        by,
        "ranking-weights.rolled-back",
        "ranking_weights",
        new java.util.UUID(0, current.version),
        Map.of("restored", previous == null ? "configured" : String.valueOf(previous.version)));
    return new Rollback(
        current.version,
        previous == null ? null : previous.version,
        previous == null
            ? "已撤下第 " + current.version + " 版，恢复为配置的默认权重"
            : "已撤下第 " + current.version + " 版，恢复第 " + previous.version + " 版");
  }

  public List<WeightsVersion> versions() {
    return WeightsVersion.list("order by version desc");
  }

  /**
   * One example per match: its latest verdict. A decline counts only when its reason is about the
   * match (a firm that already found a partner says nothing about this one); a match without a
   * snapshot of its features cannot teach anything.
   */
  @SuppressWarnings("unchecked")
  List<WeightLearner.Example> examples() {
    List<Object[]> rows =
        em.createNativeQuery(
                "select distinct on (need_id, expert_id) actor, cast(features as text), event, reason_code,"
                    + " extract(epoch from (now() - created_at)) / 86400"
                    + " from match_feedback where features is not null and event <> 'INTEREST'"
                    + " order by need_id, expert_id, created_at desc")
            .getResultList();
    var out = new ArrayList<WeightLearner.Example>();
    for (Object[] r : rows) {
      FeedbackEvent event = FeedbackEvent.valueOf((String) r[2]);
      if (event == FeedbackEvent.DECLINED
          && (r[3] == null
              || !DeclineReason.parse((String) r[3])
                  .map(DeclineReason::aboutTheMatch)
                  .orElse(false))) {
        continue;
      }
      out.add(
          new WeightLearner.Example(
              (String) r[0],
              features((String) r[1]),
              event.label(),
              ((Number) r[4]).doubleValue()));
    }
    return out;
  }

  private static Map<String, Double> features(String json) {
    try {
      Map<String, Double> f = JSON.readValue(json, FEATURES);
      f.remove("score");
      return f;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalStateException("匹配反馈的特征不是有效的 JSON", e);
    }
  }

  private int nextVersion() {
    Number max =
        (Number)
            em.createNativeQuery("select coalesce(max(version), 0) from ranking_weights")
                .getSingleResult();
    return max.intValue() + 1;
  }

  private void retireActive() {
    WeightsVersion.<WeightsVersion>list("status", WeightsVersion.VersionStatus.ACTIVE)
        .forEach(v -> v.status = WeightsVersion.VersionStatus.RETIRED);
  }
}
