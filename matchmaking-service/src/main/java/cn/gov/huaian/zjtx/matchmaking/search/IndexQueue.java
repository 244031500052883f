package cn.gov.huaian.zjtx.matchmaking.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The write side of the search outbox: a change registers its document here in the same
 * transaction, so PostgreSQL is the source of truth and the index catches up by the {@link
 * IndexingJob}, whether or not Elasticsearch is up at the time.
 */
@ApplicationScoped
public class IndexQueue {
  private final EntityManager em;

  public IndexQueue(EntityManager em) {
    this.em = em;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueue(DocKind kind, UUID id) {
    em.createNativeQuery("insert into search_outbox (doc_kind, doc_id) values (?1, ?2)")
        .setParameter(1, kind.name())
        .setParameter(2, id)
        .executeUpdate();
  }

  /** Registers every need and expert, for a rebuild after a reindex started. */
  @Transactional
  public int enqueueChangedSince(java.time.Instant since) {
    int n =
        em.createNativeQuery(
                "insert into search_outbox (doc_kind, doc_id) select 'NEED', id from tech_need where updated_at >= ?1")
            .setParameter(1, since)
            .executeUpdate();
    return n
        + em.createNativeQuery(
                "insert into search_outbox (doc_kind, doc_id) select 'EXPERT', id from expert where updated_at >= ?1")
            .setParameter(1, since)
            .executeUpdate();
  }

  public long pending() {
    return ((Number) em.createNativeQuery("select count(*) from search_outbox").getSingleResult())
        .longValue();
  }
}
