package cn.gov.huaian.zjtx.matchmaking.demo;

import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.IndexQueue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Loads the {@link DemoDataset} when {@code zjtx.demo.enabled=true}, on a background thread so the
 * service is ready at once, and only into empty tables: a transaction-scoped PostgreSQL advisory
 * lock makes a concurrent replica wait and then find the tables full, so a second start never
 * duplicates anything. The rows reach Elasticsearch through the search outbox like any write.
 */
@ApplicationScoped
public class DemoLoader {
  private static final Logger LOG = Logger.getLogger(DemoLoader.class);
  static final long LOCK_KEY = 0x7a6a7478_6d6d6465L;
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final DemoConfig config;
  private final EntityManager em;
  private final IndexQueue index;
  private volatile CompletableFuture<Loaded> started =
      CompletableFuture.completedFuture(Loaded.NOTHING);

  /** What one load wrote; all zero when the tables were not empty. */
  public record Loaded(int universities, int teams, int experts, int needs) {
    static final Loaded NOTHING = new Loaded(0, 0, 0, 0);
  }

  public DemoLoader(DemoConfig config, EntityManager em, IndexQueue index) {
    this.config = config;
    this.em = em;
    this.index = index;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    var future = new CompletableFuture<Loaded>();
    started = future;
    Thread.ofVirtual()
        .name("demo-loader")
        .start(
            () -> {
              try {
                Loaded n = loadIfEmpty();
                if (n.equals(Loaded.NOTHING)) {
                  LOG.info("产学研对接数据非空，未加载演示数据");
                } else {
                  LOG.infof(
                      "已加载演示数据：%d 所高校、%d 个团队、%d 位专家、%d 条技术需求（向量与索引由检索任务补齐）",
                      n.universities(), n.teams(), n.experts(), n.needs());
                }
                future.complete(n);
              } catch (RuntimeException e) {
                LOG.error("演示数据加载失败", e);
                future.completeExceptionally(e);
              }
            });
  }

  /** The load started at start-up (completed with nothing when the demo is off). */
  public CompletableFuture<Loaded> started() {
    return started;
  }

  /** Loads the dataset if universities, experts and needs are all empty; one transaction. */
  public Loaded loadIfEmpty() {
    return QuarkusTransaction.requiringNew()
        .timeout(120)
        .call(
            () -> {
              em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                  .setParameter(1, LOCK_KEY)
                  .getSingleResult();
              boolean empty =
                  ((Number)
                              em.createNativeQuery(
                                      "select (select count(*) from (select 1 from university limit 1) u)"
                                          + " + (select count(*) from (select 1 from expert limit 1) e)"
                                          + " + (select count(*) from (select 1 from tech_need limit 1) n)")
                                  .getSingleResult())
                          .intValue()
                      == 0;
              if (!empty) {
                return Loaded.NOTHING;
              }
              var data = DemoDataset.build(config.experts(), config.seed(), LocalDate.now(ZONE));
              data.universities().forEach(em::persist);
              em.flush();
              // Teams name their leaders and experts their teams: write experts without teams
              // first.
              var teamOf = new java.util.HashMap<java.util.UUID, java.util.UUID>();
              data.experts()
                  .forEach(
                      e -> {
                        if (e.teamId != null) {
                          teamOf.put(e.id, e.teamId);
                          e.teamId = null;
                        }
                        em.persist(e);
                        index.enqueue(DocKind.EXPERT, e.id);
                      });
              em.flush();
              data.teams().forEach(em::persist);
              em.flush();
              data.experts().forEach(e -> e.teamId = teamOf.get(e.id));
              data.needs()
                  .forEach(
                      n -> {
                        em.persist(n);
                        index.enqueue(DocKind.NEED, n.id);
                      });
              data.seats().forEach(em::persist);
              em.flush();
              data.applications().forEach(em::persist);
              return new Loaded(
                  data.universities().size(),
                  data.teams().size(),
                  data.experts().size(),
                  data.needs().size());
            });
  }
}
