package cn.gov.huaian.zjtx.policy.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * 事实重新推导：a firm's facts are derived from its snapshot when its event arrives, so when {@link
 * FactDerivation} learns a fact (行业大类 for the 加计扣除 负面清单, say), a firm whose snapshot has not
 * changed since would keep the old facts, and its results, until its next change; and facts that
 * depend on the day (the "近三年" award windows of {@link Awards}) go stale without any change. At
 * start every stored snapshot is derived again in the background (the derivation may be new), every
 * night those of firms with an award record; rows whose facts differ are rewritten (only if no
 * newer event replaced the row meanwhile) and their firms are re-matched: one job per firm when a
 * few changed (a window that closed overnight), one full re-match when many did (a new derivation).
 * Nothing is written when the derivation has not changed.
 */
@ApplicationScoped
public class FactRefresh {
  private static final Logger LOG = Logger.getLogger(FactRefresh.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int PAGE = 500;

  /** Above this many changed firms one full re-match is cheaper than a job per firm. */
  private static final int PER_FIRM_LIMIT = 1000;

  /**
   * Equal values, whatever their JSON spelling: PostgreSQL's jsonb gives 5.0E7 back as 50000000,
   * which Jackson reads as another node type.
   */
  private static final Comparator<JsonNode> SAME_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? Double.compare(a.asDouble(), b.asDouble())
              : a.equals(b) ? 0 : 1;

  private final EntityManager em;
  private final ManagedExecutor executor;
  private final Event<FactsRederived> rederived;
  private final Event<EnterpriseFactsChanged> firmChanged;

  public FactRefresh(
      EntityManager em,
      ManagedExecutor executor,
      Event<FactsRederived> rederived,
      Event<EnterpriseFactsChanged> firmChanged) {
    this.em = em;
    this.executor = executor;
    this.rederived = rederived;
    this.firmChanged = firmChanged;
  }

  void start(@Observes StartupEvent event) {
    executor
        .runAsync(this::refreshAll)
        .exceptionally(
            e -> {
              LOG.error("企业事实重新推导失败（下次启动或企业变更时会再推导）", e);
              return null;
            });
  }

  /**
   * The firms whose facts depend on the day: those with an award record ({@link Awards}), whose
   * "近三年" windows move.
   */
  private static final String DATED =
      " and jsonb_path_exists(snapshot, '$.qualifications[*] ? ("
          + Awards.KINDS.stream()
              .map(k -> "@.kind == \"" + k + "\"")
              .collect(java.util.stream.Collectors.joining(" || "))
          + ")')";

  /** The day moved: award windows may have closed or opened (00:30 in 淮安 by default). */
  @Scheduled(
      cron = "${zjtx.facts.refresh-cron:0 30 0 * * ?}",
      timeZone = "Asia/Shanghai",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void nightly() {
    refreshDated();
  }

  /**
   * Derives again the snapshots of firms with day-dependent facts only; returns how many changed.
   */
  public int refreshDated() {
    return refresh(DATED);
  }

  /** Derives every stored snapshot again; returns how many firms' facts changed. */
  public int refreshAll() {
    return refresh("");
  }

  private int refresh(String only) {
    long started = System.nanoTime();
    int scanned = 0;
    List<EnterpriseFactsChanged> changed = new ArrayList<>();
    UUID after = new UUID(0, 0); // the least uuid in PostgreSQL's (unsigned, bytewise) order
    List<Object[]> page;
    do {
      UUID from = after;
      page = QuarkusTransaction.requiringNew().call(() -> page(from, only));
      if (!page.isEmpty()) {
        after = (UUID) page.getLast()[0];
        scanned += page.size();
        List<Object[]> rows = page;
        changed.addAll(QuarkusTransaction.requiringNew().call(() -> rewrite(rows)));
      }
    } while (page.size() == PAGE);
    if (changed.size() > PER_FIRM_LIMIT) {
      QuarkusTransaction.requiringNew()
          .run(() -> rederived.fire(new FactsRederived(changed.size())));
      LOG.infof("企业事实已按新的推导规则更新：%d 家企业，已排队全量重匹配", changed.size());
    } else if (!changed.isEmpty()) {
      QuarkusTransaction.requiringNew().run(() -> changed.forEach(firmChanged::fire));
      LOG.infof("企业事实已重新推导：%d 家企业的事实有变化（如奖励的“近三年”期限），已排队重匹配", changed.size());
    }
    LOG.infof(
        "企业事实重新推导：%d 家企业，%d 家有变化，用时 %d ms",
        scanned, changed.size(), (System.nanoTime() - started) / 1_000_000);
    return changed.size();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> page(UUID after, String only) {
    return em.createNativeQuery(
            "select enterprise_id, version, cast(snapshot as text), cast(facts as text) from enterprise_fact "
                + "where enterprise_id > ?1"
                + only
                + " order by enterprise_id limit "
                + PAGE)
        .setParameter(1, after)
        .getResultList();
  }

  private List<EnterpriseFactsChanged> rewrite(List<Object[]> rows) throws JsonProcessingException {
    List<EnterpriseFactsChanged> changed = new ArrayList<>();
    for (Object[] row : rows) {
      JsonNode derived = ReadModel.factsOf(MAPPER.readTree((String) row[2]));
      long version = ((Number) row[1]).longValue();
      if (!derived.equals(SAME_VALUE, MAPPER.readTree((String) row[3]))
          && em.createNativeQuery(
                      "update enterprise_fact set facts = cast(?1 as jsonb) where enterprise_id = ?2 and version = ?3")
                  .setParameter(1, derived.toString())
                  .setParameter(2, row[0])
                  .setParameter(3, version)
                  .executeUpdate()
              > 0) {
        changed.add(new EnterpriseFactsChanged((UUID) row[0], version));
      }
    }
    return changed;
  }
}
