package cn.gov.huaian.zjtx.policy.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * 事实重新推导：a firm's facts are derived from its snapshot when its event arrives, so when {@link
 * FactDerivation} learns a fact (行业大类 for the 加计扣除 负面清单, say), a firm whose snapshot has not
 * changed since would keep the old facts, and its results, until its next change. At start, every
 * stored snapshot is derived again in the background; rows whose facts differ are rewritten (only
 * if no newer event replaced the row meanwhile) and one {@link FactsRederived} asks for a full
 * re-match. Nothing is written when the derivation has not changed.
 */
@ApplicationScoped
public class FactRefresh {
  private static final Logger LOG = Logger.getLogger(FactRefresh.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int PAGE = 500;

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

  public FactRefresh(EntityManager em, ManagedExecutor executor, Event<FactsRederived> rederived) {
    this.em = em;
    this.executor = executor;
    this.rederived = rederived;
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

  /** Derives every stored snapshot again; returns how many firms' facts changed. */
  public int refreshAll() {
    int changed = 0;
    UUID after = new UUID(0, 0); // the least uuid in PostgreSQL's (unsigned, bytewise) order
    List<Object[]> page;
    do {
      UUID from = after;
      page = QuarkusTransaction.requiringNew().call(() -> page(from));
      if (!page.isEmpty()) {
        after = (UUID) page.getLast()[0];
        List<Object[]> rows = page;
        changed += QuarkusTransaction.requiringNew().call(() -> rewrite(rows));
      }
    } while (page.size() == PAGE);
    if (changed > 0) {
      int firms = changed;
      QuarkusTransaction.requiringNew().run(() -> rederived.fire(new FactsRederived(firms)));
      LOG.infof("企业事实已按新的推导规则更新：%d 家企业，已排队全量重匹配", changed);
    }
    return changed;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> page(UUID after) {
    return em.createNativeQuery(
            "select enterprise_id, version, cast(snapshot as text), cast(facts as text) from enterprise_fact "
                + "where enterprise_id > ?1 order by enterprise_id limit "
                + PAGE)
        .setParameter(1, after)
        .getResultList();
  }

  private int rewrite(List<Object[]> rows) throws JsonProcessingException {
    int changed = 0;
    for (Object[] row : rows) {
      JsonNode derived = ReadModel.factsOf(MAPPER.readTree((String) row[2]));
      if (!derived.equals(SAME_VALUE, MAPPER.readTree((String) row[3]))) {
        changed +=
            em.createNativeQuery(
                    "update enterprise_fact set facts = cast(?1 as jsonb) where enterprise_id = ?2 and version = ?3")
                .setParameter(1, derived.toString())
                .setParameter(2, row[0])
                .setParameter(3, ((Number) row[1]).longValue())
                .executeUpdate();
      }
    }
    return changed;
  }
}
