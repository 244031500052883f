package cn.gov.huaian.zjtx.matchmaking.search;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Full rebuild from PostgreSQL with no downtime: fill a new versioned index while searches keep
 * reading the old one through the alias, then swap the alias atomically and drop the old index.
 * Rows changed while it ran are re-queued so the outbox brings them to the new index. The new index
 * is merged into one segment before the swap, as searches over one segment are the fastest.
 */
@ApplicationScoped
public class Reindexer {
  private static final Logger LOG = Logger.getLogger(Reindexer.class);
  private static final int PAGE = 200;
  private static final Duration MERGE_PATIENCE = Duration.ofMinutes(5);
  private final SearchIndex index;
  private final Documents documents;
  private final IndexQueue queue;
  private final AtomicBoolean running = new AtomicBoolean();

  public Reindexer(SearchIndex index, Documents documents, IndexQueue queue) {
    this.index = index;
    this.documents = documents;
    this.queue = queue;
  }

  /** What one rebuild did. */
  public record Result(String kind, String index, long documents, long millis) {}

  public List<Result> reindexAll() {
    if (!running.compareAndSet(false, true)) {
      throw ProblemException.conflict("reindex-running", "重建索引正在进行中，请稍后再试");
    }
    try {
      Instant start = Instant.now();
      var results = List.of(reindex(DocKind.NEED), reindex(DocKind.EXPERT));
      queue.enqueueChangedSince(start.minusSeconds(1));
      return results;
    } finally {
      running.set(false);
    }
  }

  private Result reindex(DocKind kind) {
    long t0 = System.currentTimeMillis();
    String target = index.createVersioned(kind);
    long count = 0;
    UUID after = null;
    try {
      for (List<SearchDoc> page = documents.page(kind, null, PAGE);
          !page.isEmpty();
          page = documents.page(kind, after, PAGE)) {
        index.write(target, page, List.of(), false);
        count += page.size();
        after = page.getLast().id();
      }
      index.refreshIndex(target);
      if (!index.mergeToOneSegment(target, MERGE_PATIENCE)) {
        LOG.warnf("索引 %s 的段合并尚未完成，先切换别名；合并在 Elasticsearch 后台继续", target);
      }
      index.swapAlias(kind, target);
    } catch (RuntimeException e) {
      index.dropQuietly(target);
      throw e;
    }
    LOG.infof("已重建索引 %s：%d 条，用时 %d ms", target, count, System.currentTimeMillis() - t0);
    return new Result(kind.name(), target, count, System.currentTimeMillis() - t0);
  }
}
