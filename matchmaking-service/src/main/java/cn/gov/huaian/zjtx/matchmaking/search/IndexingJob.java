package cn.gov.huaian.zjtx.matchmaking.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Drains the search outbox into Elasticsearch. Rows leave the outbox only after the bulk write
 * succeeded; while the cluster is down they wait (with the attempt count and last error), and the
 * next round after it returns catches up. Runs on one thread per process at a time.
 */
@ApplicationScoped
public class IndexingJob {
  private static final Logger LOG = Logger.getLogger(IndexingJob.class);
  private final EntityManager em;
  private final SearchIndex index;
  private final Documents documents;
  private final SearchConfig config;
  private final AtomicBoolean running = new AtomicBoolean();

  /** Arbitrary constant naming this job's advisory lock ("search outbox"). */
  static final long ADVISORY_LOCK = 0x5a4a5458_0001L;

  private final io.agroal.api.AgroalDataSource db;

  public IndexingJob(
      EntityManager em,
      SearchIndex index,
      Documents documents,
      SearchConfig config,
      io.agroal.api.AgroalDataSource db) {
    this.db = db;
    this.em = em;
    this.index = index;
    this.documents = documents;
    this.config = config;
  }

  private record Row(long id, DocKind kind, UUID docId) {}

  @Scheduled(
      every = "${zjtx.search.job-interval:2s}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    if (config.jobEnabled()) {
      try {
        drain();
      } catch (RuntimeException e) {
        LOG.warnf("索引任务本轮失败，稍后重试：%s", e.getMessage());
      }
    }
  }

  /** Indexes every pending row; returns how many rows were done, stopping early if ES is down. */
  public int drain() {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    // One drainer across replicas too: a session-level advisory lock on a connection held for the
    // round.
    try (var lock = db.getConnection();
        var st = lock.createStatement()) {
      var rs = st.executeQuery("select pg_try_advisory_lock(" + ADVISORY_LOCK + ")");
      if (!rs.next() || !rs.getBoolean(1)) {
        return 0;
      }
      try {
        return drainLocked();
      } finally {
        st.execute("select pg_advisory_unlock(" + ADVISORY_LOCK + ")");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("索引任务无法取得数据库锁", e);
    } finally {
      running.set(false);
    }
  }

  private int drainLocked() {
    try {
      index.ensure(DocKind.NEED);
      index.ensure(DocKind.EXPERT);
    } catch (SearchUnavailable e) {
      var waiting = next();
      if (!waiting.isEmpty()) {
        markFailed(waiting, e.getMessage());
      }
      return 0;
    }
    int done = 0;
    for (List<Row> rows = next(); !rows.isEmpty(); rows = next()) {
      try {
        write(rows);
      } catch (SearchUnavailable e) {
        markFailed(rows, e.getMessage());
        LOG.warnf("Elasticsearch 不可用，%d 条待索引记录保留在发件箱", rows.size());
        return done;
      }
      List<Long> doneIds = rows.stream().map(Row::id).toList();
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  em.createNativeQuery("delete from search_outbox where id in (?1)")
                      .setParameter(1, doneIds)
                      .executeUpdate());
      done += rows.size();
    }
    return done;
  }

  private void write(List<Row> rows) {
    Map<DocKind, Set<UUID>> byKind = new EnumMap<>(DocKind.class);
    for (Row r : rows) {
      byKind.computeIfAbsent(r.kind(), k -> new LinkedHashSet<>()).add(r.docId());
    }
    for (var entry : byKind.entrySet()) {
      var batch = documents.load(entry.getKey(), entry.getValue());
      index.write(index.alias(entry.getKey()), batch.docs(), batch.missing(), false);
    }
  }

  @SuppressWarnings("unchecked")
  private List<Row> next() {
    List<Object[]> raw =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery(
                            "select id, doc_kind, doc_id from search_outbox order by id limit ?1")
                        .setParameter(1, config.batchSize())
                        .getResultList());
    var rows = new ArrayList<Row>(raw.size());
    for (Object[] r : raw) {
      rows.add(new Row(((Number) r[0]).longValue(), DocKind.valueOf((String) r[1]), (UUID) r[2]));
    }
    return rows;
  }

  private void markFailed(List<Row> rows, String error) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update search_outbox set attempts = attempts + 1, last_error = ?2 where id in (?1)")
                    .setParameter(1, rows.stream().map(Row::id).toList())
                    .setParameter(
                        2,
                        error == null
                            ? "unknown"
                            : error.length() > 500 ? error.substring(0, 500) : error)
                    .executeUpdate());
  }
}
