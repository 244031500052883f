package cn.gov.huaian.zjtx.policy.search;

import cn.gov.huaian.zjtx.policy.catalog.Program;
import cn.gov.huaian.zjtx.policy.catalog.ProgramChanged;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The policy search index: published programs only, Chinese text both segmented (whitespace
 * analyser) and per character (standard analyser). Writes go through an outbox filled in the
 * transaction of the change, so a program change is never lost while Elasticsearch is down; a full
 * rebuild creates a new index and swaps the alias, so searches never see a half index.
 */
@ApplicationScoped
public class PolicyIndex {
  private static final Logger LOG = Logger.getLogger(PolicyIndex.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

  private final ElasticsearchClient es;
  private final SearchConfig config;
  private final EntityManager em;
  private final AtomicBoolean busy = new AtomicBoolean();

  public PolicyIndex(ElasticsearchClient es, SearchConfig config, EntityManager em) {
    this.es = es;
    this.config = config;
    this.em = em;
  }

  void queue(@Observes ProgramChanged event) {
    em.createNativeQuery(
            "insert into search_outbox (program_id) values (?1) on conflict (program_id) do update set queued_at = now()")
        .setParameter(1, event.programId())
        .executeUpdate();
  }

  void start(@Observes StartupEvent event) {
    try {
      if (config.rebuildOnStart()
          || !es.indices().existsAlias(a -> a.name(config.alias())).value()) {
        rebuild();
      }
    } catch (Exception e) {
      LOG.warnf("检索索引暂不可用，稍后由索引任务重试：%s", e.getMessage());
    }
  }

  @Scheduled(
      every = "${zjtx.search.drain-every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (busy.compareAndSet(false, true)) {
      try {
        drain();
      } catch (Exception e) {
        LOG.debugf("索引待办暂未处理：%s", e.getMessage());
      } finally {
        busy.set(false);
      }
    }
  }

  /** Indexes (or removes) every queued program; what fails stays queued. */
  public int drain() throws IOException {
    if (!es.indices().existsAlias(a -> a.name(config.alias())).value()) {
      rebuild();
      return 0;
    }
    List<UUID> ids =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.unwrap(Session.class)
                        .createNativeQuery(
                            "select program_id from search_outbox order by queued_at limit 200",
                            UUID.class)
                        .getResultList());
    if (ids.isEmpty()) {
      return 0;
    }
    Map<UUID, Map<String, Object>> docs = documents(ids);
    BulkRequest.Builder bulk =
        new BulkRequest.Builder().refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
    for (UUID id : ids) {
      Map<String, Object> doc = docs.get(id);
      if (doc == null) {
        bulk.operations(o -> o.delete(d -> d.index(config.alias()).id(id.toString())));
      } else {
        bulk.operations(o -> o.index(i -> i.index(config.alias()).id(id.toString()).document(doc)));
      }
    }
    var response = es.bulk(bulk.build());
    Set<String> failed = new java.util.HashSet<>();
    response
        .items()
        .forEach(
            item -> {
              if (item.error() != null && !(item.status() == 404)) {
                failed.add(item.id());
              }
            });
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (UUID id : ids) {
                if (failed.contains(id.toString())) {
                  em.createNativeQuery(
                          "update search_outbox set attempts = attempts + 1, last_error = '索引失败' where program_id = ?1")
                      .setParameter(1, id)
                      .executeUpdate();
                } else {
                  em.createNativeQuery("delete from search_outbox where program_id = ?1")
                      .setParameter(1, id)
                      .executeUpdate();
                }
              }
            });
    return ids.size() - failed.size();
  }

  /**
   * A new index with every published program, then the alias moved to it and old indices dropped.
   */
  public synchronized String rebuild() throws IOException {
    String index = config.alias() + "-" + LocalDateTime.now().format(STAMP);
    es.indices()
        .create(
            c ->
                c.index(index)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(
                        m ->
                            m.properties("code", p -> p.keyword(k -> k))
                                .properties("kind", p -> p.keyword(k -> k))
                                .properties("title", p -> p.text(t -> t.analyzer("standard")))
                                .properties("title_seg", p -> p.text(t -> t.analyzer("whitespace")))
                                .properties("body", p -> p.text(t -> t.analyzer("standard")))
                                .properties("body_seg", p -> p.text(t -> t.analyzer("whitespace")))
                                .properties("category", p -> p.keyword(k -> k))
                                .properties("department", p -> p.keyword(k -> k))
                                .properties("doc_number", p -> p.keyword(k -> k))
                                .properties("region_level", p -> p.keyword(k -> k))
                                .properties("district_code", p -> p.keyword(k -> k))
                                .properties("valid_from", p -> p.date(d -> d.format("yyyy-MM-dd")))
                                .properties("valid_to", p -> p.date(d -> d.format("yyyy-MM-dd")))
                                .properties(
                                    "apply_deadline", p -> p.date(d -> d.format("yyyy-MM-dd")))
                                .properties("exempt", p -> p.boolean_(b -> b))
                                .properties("published_at", p -> p.date(d -> d))));
    List<UUID> published =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.unwrap(Session.class)
                        .createNativeQuery(
                            "select id from program where status = 'PUBLISHED'", UUID.class)
                        .getResultList());
    Map<UUID, Map<String, Object>> docs = documents(published);
    if (!docs.isEmpty()) {
      BulkRequest.Builder bulk = new BulkRequest.Builder();
      docs.forEach(
          (id, doc) ->
              bulk.operations(o -> o.index(i -> i.index(index).id(id.toString()).document(doc))));
      es.bulk(bulk.build());
    }
    es.indices().refresh(r -> r.index(index));
    Set<String> old =
        es.indices().get(g -> g.index(config.alias() + "-*")).indices().keySet().stream()
            .filter(name -> !name.equals(index))
            .collect(java.util.stream.Collectors.toSet());
    es.indices()
        .updateAliases(
            u -> {
              u.actions(a -> a.add(add -> add.index(index).alias(config.alias())));
              old.forEach(
                  name -> u.actions(a -> a.remove(r -> r.index(name).alias(config.alias()))));
              return u;
            });
    for (String name : old) {
      es.indices().delete(d -> d.index(name));
    }
    LOG.infof("检索索引已重建：%s（%d 个已发布项目）", index, docs.size());
    return index;
  }

  private Map<UUID, Map<String, Object>> documents(List<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Segmenter seg = Segmenter.shared();
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<Program> programs =
                  Program.list("id in ?1 and status = ?2", ids, Program.Status.PUBLISHED);
              Map<UUID, Map<String, Object>> docs = new HashMap<>();
              for (Program p : programs) {
                String body =
                    String.join(
                        "\n",
                        nonNull(p.summary),
                        nonNull(p.clauseText),
                        nonNull(p.department),
                        nonNull(p.docNumber));
                Map<String, Object> doc = new HashMap<>();
                doc.put("code", p.code);
                doc.put("kind", p.kind.name());
                doc.put("title", p.title);
                doc.put("title_seg", seg.segmented(p.title));
                doc.put("body", body);
                doc.put("body_seg", seg.segmented(body));
                doc.put("category", p.category);
                doc.put("department", p.department);
                doc.put("doc_number", p.docNumber);
                doc.put("region_level", p.regionLevel.name());
                doc.put("district_code", p.districtCode);
                doc.put("valid_from", p.validFrom == null ? null : p.validFrom.toString());
                doc.put("valid_to", p.validTo == null ? null : p.validTo.toString());
                doc.put(
                    "apply_deadline", p.applyDeadline == null ? null : p.applyDeadline.toString());
                doc.put("exempt", p.exemptApplication);
                doc.put("published_at", p.publishedAt == null ? null : p.publishedAt.toString());
                docs.put(p.id, doc);
              }
              return docs;
            });
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
