package cn.gov.huaian.zjtx.enterprise.demo;

import cn.gov.huaian.zjtx.enterprise.commissioners.Visit;
import cn.gov.huaian.zjtx.enterprise.events.Outbox;
import cn.gov.huaian.zjtx.enterprise.figures.Figures;
import cn.gov.huaian.zjtx.enterprise.imports.BulkWriter;
import cn.gov.huaian.zjtx.enterprise.pools.PoolEntry;
import cn.gov.huaian.zjtx.enterprise.reference.ClusterMappings;
import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.enterprise.registry.CommissionerAssignment;
import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseRegistry;
import cn.gov.huaian.zjtx.enterprise.tiers.Qualification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Loads the generated demo dataset at startup when {@code zjtx.demo.enabled=true} and the registry
 * is empty. A PostgreSQL advisory lock keeps two replicas from loading at once, and the emptiness
 * check under it means a second start never duplicates anything.
 */
@ApplicationScoped
public class DemoLoader {
  private static final Logger LOG = Logger.getLogger(DemoLoader.class);
  static final long LOCK_KEY = 0x7a6a7478_64656d6fL;
  private static final int CHUNK = 1_000;

  private final DemoConfig config;
  private final BulkWriter writer;
  private final ClusterMappings clusters;
  private final Outbox outbox;

  public DemoLoader(DemoConfig config, BulkWriter writer, ClusterMappings clusters, Outbox outbox) {
    this.config = config;
    this.writer = writer;
    this.clusters = clusters;
    this.outbox = outbox;
  }

  void onStart(@Observes StartupEvent e) {
    if (config.enabled()) {
      int n = loadIfEmpty(config.size(), config.seed());
      LOG.infof(n == 0 ? "企业库非空，未加载演示数据" : "已加载 %d 家演示企业", n);
    }
  }

  /**
   * Loads {@code size} generated enterprises if the registry is empty; returns how many were
   * loaded. One transaction: it first takes a transaction-scoped advisory lock, so a concurrent
   * loader waits and then finds the registry full.
   */
  public int loadIfEmpty(int size, long seed) {
    return QuarkusTransaction.requiringNew()
        .timeout(Math.max(120, size / 50))
        .call(
            () -> {
              var em = Enterprise.getEntityManager();
              em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                  .setParameter(1, LOCK_KEY)
                  .getSingleResult();
              if (((Number)
                          em.createNativeQuery(
                                  "select count(*) from (select 1 from enterprise limit 1) x")
                              .getSingleResult())
                      .intValue()
                  > 0) {
                return 0;
              }
              load(size, seed);
              return size;
            });
  }

  private void load(int size, long seed) throws java.sql.SQLException {
    int lastYear = LocalDate.now(EnterpriseRegistry.ZONE).getYear() - 1;
    var all =
        new DemoGenerator(seed, ReferenceData.bundled(), clusters.resolver(), lastYear)
            .generate(size);
    // assignments are made with each chunk, before its enterprise.changed events, so the published
    // snapshots carry them
    Map<UUID, List<Assignment>> assignments = new HashMap<>();
    for (Assignment a : assignments(all)) {
      assignments.computeIfAbsent(a.enterprise(), k -> new ArrayList<>()).add(a);
    }
    for (int start = 0; start < all.size(); start += CHUNK) {
      var chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
      writer.enterprises(
          chunk.stream().map(DemoGenerator.Generated::profile).toList(),
          chunk.stream().map(DemoGenerator.Generated::id).toList());
      List<Map.Entry<String, Figures>> figures = new ArrayList<>();
      for (var g : chunk) {
        g.figures()
            .forEach(f -> figures.add(new AbstractMap.SimpleEntry<>(g.profile().creditCode(), f)));
      }
      writer.figures(figures);
      tiersPoolsAndCommissioners(chunk, assignments);
    }
    visits(all);
  }

  private void tiersPoolsAndCommissioners(
      List<DemoGenerator.Generated> chunk, Map<UUID, List<Assignment>> assignments) {
    List<UUID> touched = new ArrayList<>();
    for (var g : chunk) {
      for (var h : g.held()) {
        var q = new Qualification();
        q.id = UUID.randomUUID();
        q.enterpriseId = g.id();
        q.kind = h.kind().code;
        q.level = h.level() == null ? null : h.level().code;
        q.batch = h.batch();
        q.grantedOn = h.grantedOn();
        q.reviewOn = h.reviewOn();
        q.rank = h.rank();
        q.createdBy = "演示数据";
        q.persist();
      }
      for (var s : g.pools()) {
        var p = new PoolEntry();
        p.id = UUID.randomUUID();
        p.enterpriseId = g.id();
        p.poolCode = s.pool();
        p.enteredOn = s.enteredOn();
        p.entryReason = s.reason();
        p.createdBy = "演示数据";
        p.persist();
      }
      List<Assignment> mine = assignments.getOrDefault(g.id(), List.of());
      for (Assignment a : mine) {
        assign(a.enterprise(), a.subject(), a.name());
      }
      if (!g.held().isEmpty() || !g.pools().isEmpty() || !mine.isEmpty()) {
        touched.add(g.id());
      }
    }
    if (touched.isEmpty()) {
      return;
    }
    Enterprise.getEntityManager().flush();
    Enterprise.update(
        "version = version + 1, updatedAt = ?1 where id in ?2", java.time.Instant.now(), touched);
    Enterprise.getEntityManager().clear();
    outbox.registeredOrChanged(Enterprise.list("id in ?1", touched), Set.of());
  }

  /** A demo assignment of a commissioner to an enterprise. */
  private record Assignment(UUID enterprise, String subject, String name) {}

  private static List<DemoGenerator.Generated> tiered(List<DemoGenerator.Generated> all) {
    return all.stream()
        .filter(g -> g.held().stream().anyMatch(h -> h.kind().tierRank >= 2))
        .toList();
  }

  private static String commissionerSubject(int c) {
    return UUID.nameUUIDFromBytes(("zjtx-demo-commissioner-" + c).getBytes()).toString();
  }

  /**
   * comm-demo serves the ent-demo firm and five tiered firms; a hundred fictitious commissioners
   * serve two 专精特新 firms each.
   */
  private static List<Assignment> assignments(List<DemoGenerator.Generated> all) {
    List<DemoGenerator.Generated> tiered = tiered(all);
    List<Assignment> out = new ArrayList<>();
    out.add(new Assignment(DemoGenerator.ENT_DEMO, DemoGenerator.COMM_DEMO_SUBJECT, "演示服务专员"));
    for (int k = 0; k < Math.min(5, tiered.size()); k++) {
      out.add(new Assignment(tiered.get(k).id(), DemoGenerator.COMM_DEMO_SUBJECT, "演示服务专员"));
    }
    int commissioners = Math.min(100, tiered.size() / 2);
    for (int c = 0; c < commissioners; c++) {
      for (int k = 0; k < 2; k++) {
        out.add(
            new Assignment(
                tiered.get((5 + c * 2 + k) % tiered.size()).id(),
                commissionerSubject(c),
                "演示专员" + (c + 1)));
      }
    }
    return out;
  }

  /** Visit records of the demo commissioners (not part of the snapshot). */
  private void visits(List<DemoGenerator.Generated> all) {
    List<DemoGenerator.Generated> tiered = tiered(all);
    visit(
        DemoGenerator.ENT_DEMO,
        DemoGenerator.COMM_DEMO_SUBJECT,
        "演示服务专员",
        LocalDate.now(EnterpriseRegistry.ZONE).minusDays(12),
        "走访了解企业焊接机器人产线扩产计划，企业拟申报专精特新“小巨人”",
        "焊缝视觉跟踪算法；高功率激光器国产化替代");
    int commissioners = Math.min(100, tiered.size() / 2);
    for (int c = 0; c < commissioners; c++) {
      String name = "演示专员" + (c + 1);
      for (int k = 0; k < 2; k++) {
        var g = tiered.get((5 + c * 2 + k) % tiered.size());
        if ((c + k) % 3 == 0) {
          visit(
              g.id(),
              commissionerSubject(c),
              name,
              LocalDate.now(EnterpriseRegistry.ZONE).minusDays(1 + (c * 7 + k) % 120),
              "例行走访，了解经营与研发情况",
              k == 0 ? "产学研合作对接" : null);
        }
      }
    }
  }

  private static void assign(UUID enterprise, String subject, String name) {
    if (CommissionerAssignment.findById(new CommissionerAssignment.Key(enterprise, subject))
        != null) {
      return;
    }
    var a = new CommissionerAssignment();
    a.enterpriseId = enterprise;
    a.commissionerSubject = subject;
    a.commissionerName = name;
    a.assignedBy = "演示数据";
    a.persist();
  }

  private static void visit(
      UUID enterprise, String subject, String name, LocalDate on, String summary, String needs) {
    var v = new Visit();
    v.id = UUID.randomUUID();
    v.enterpriseId = enterprise;
    v.commissionerSubject = subject;
    v.commissionerName = name;
    v.visitedOn = on;
    v.mode = "on-site";
    v.summary = summary;
    v.techNeeds = needs;
    v.persist();
  }
}
