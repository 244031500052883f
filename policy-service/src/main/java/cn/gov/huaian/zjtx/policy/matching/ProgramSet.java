package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.catalog.ProgramChanged;
import cn.gov.huaian.zjtx.policy.catalog.RuleBook;
import cn.gov.huaian.zjtx.policy.facts.ReadModel;
import cn.gov.huaian.zjtx.policy.rules.RuleEngine;
import cn.gov.huaian.zjtx.policy.rules.ast.ProgramRules;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.engine.Explainer;
import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;

/**
 * The rule engine of this process and the programs compiled for it. A program version is compiled
 * once and reused for every enterprise (and every later job) until a new version replaces it;
 * compiled programs and encoded facts share the engine's symbol table.
 */
@ApplicationScoped
public class ProgramSet {
  private final RuleEngine engine = new RuleEngine(StandardFacts.catalogue());
  private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();
  private final Explainer explainer = new Explainer(StandardFacts.catalogue());

  /** A program version compiled, with the facts its eligibility refers to. */
  private record Compiled(CompiledProgram program, List<String> referencedFacts) {}

  private final EntityManager em;
  private final RuleBook rules;

  public ProgramSet(EntityManager em, RuleBook rules) {
    this.em = em;
    this.rules = rules;
  }

  public RuleEngine engine() {
    return engine;
  }

  /**
   * Published programs valid today, compiled at their current version. Cached: an incremental
   * re-match runs per enterprise change and must not re-read the catalogue each time; a change made
   * here drops the cache at its commit, one made by another replica is seen within {@link
   * #TTL_NANOS}, and a new day (validity) drops it too.
   */
  @Transactional
  public List<LiveProgram> live() {
    return current().programs();
  }

  private Cached current() {
    Cached cached = cache;
    if (cached != null
        && System.nanoTime() - cached.loadedAt() < TTL_NANOS
        && cached.day().equals(ReadModel.today())) {
      return cached;
    }
    long generationBefore = generation.get();
    Cached loaded =
        Cached.of(
            inForce(query(IN_FORCE + " order by p.kind, p.title, p.id", null)), ReadModel.today());
    if (generation.get() == generationBefore) {
      cache = loaded;
    }
    return loaded;
  }

  void invalidate(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgramChanged event) {
    generation.incrementAndGet();
    cache = null;
  }

  private static final long TTL_NANOS = 30_000_000_000L;
  private final java.util.concurrent.atomic.AtomicLong generation =
      new java.util.concurrent.atomic.AtomicLong();
  private volatile Cached cache;

  /** The programs in force, also by id (a firm's results look each row's program up). */
  private record Cached(
      List<LiveProgram> programs, Map<UUID, LiveProgram> byId, long loadedAt, LocalDate day) {
    static Cached of(List<LiveProgram> programs, LocalDate day) {
      Map<UUID, LiveProgram> byId = new java.util.HashMap<>();
      programs.forEach(p -> byId.put(p.id(), p));
      return new Cached(List.copyOf(programs), Map.copyOf(byId), System.nanoTime(), day);
    }
  }

  /** Published and in force on the date ?1: its period contains the date. */
  private static final String IN_FORCE =
      "p.status = 'PUBLISHED' and (p.valid_from is null or p.valid_from <= ?1) "
          + "and (p.valid_to is null or p.valid_to >= ?1)";

  /**
   * One version per family: where two published versions of a family are both in force (an admin
   * published the new one before ending the old), the one in force from the later date governs.
   */
  static List<LiveProgram> inForce(List<LiveProgram> programs) {
    Map<String, LiveProgram> governing = new java.util.HashMap<>();
    for (LiveProgram p : programs) {
      governing.merge(p.family(), p, (a, b) -> later(a, b));
    }
    return programs.stream().filter(p -> governing.get(p.family()) == p).toList();
  }

  private static LiveProgram later(LiveProgram a, LiveProgram b) {
    LocalDate fa = a.validFrom() == null ? LocalDate.MIN : a.validFrom();
    LocalDate fb = b.validFrom() == null ? LocalDate.MIN : b.validFrom();
    return fb.isAfter(fa) ? b : a;
  }

  /** The program if it is the version of its family in force today. */
  @Transactional
  public Optional<LiveProgram> live(UUID programId) {
    return Optional.ofNullable(current().byId().get(programId));
  }

  /**
   * 按日期取规则：the version of the program's family in force on {@code day} (a history version for a
   * past date), or empty when none was.
   */
  @Transactional
  public Optional<LiveProgram> inForceOn(UUID programId, LocalDate day) {
    var q =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select p.id from program p where p.status = 'PUBLISHED' "
                    + "and (p.valid_from is null or p.valid_from <= ?1) and (p.valid_to is null or p.valid_to >= ?1) "
                    + "and p.family = (select family from program where id = ?2)",
                UUID.class);
    q.setParameter(1, day);
    q.setParameter(2, programId);
    List<UUID> ids = q.getResultList();
    List<LiveProgram> versions = new ArrayList<>();
    for (UUID id : ids) {
      versions.addAll(query("cast(?1 as date) is not null and p.id = ?2", id));
    }
    return inForce(versions).stream().findFirst();
  }

  /** Any program (draft too) at its current version, for detail views and simulations. */
  @Transactional
  public Optional<LiveProgram> current(UUID programId) {
    return query("cast(?1 as date) is not null and p.id = ?2", programId).stream().findFirst();
  }

  public CompiledProgram compile(ProgramRules rules) {
    return engine.compile(rules);
  }

  private Compiled compile(String json) {
    ProgramRules read = rules.read(json);
    // Explained against no facts at all, every leaf is unknown: the trace names every fact tested.
    List<String> referenced =
        List.copyOf(
            explainer
                .explain(read.eligibility(), FactSet.asOf(ReadModel.today()).build())
                .missingFacts());
    return new Compiled(engine.compile(read), referenced);
  }

  private List<LiveProgram> query(String where, UUID id) {
    var q =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select p.id, p.code, p.kind, p.title, p.category, p.district_code, p.apply_deadline, p.exempt_application, "
                    + "p.rules_version, cast(v.rules as text), p.family, p.valid_from, p.valid_to, p.doc_number, p.department, "
                    + "cast(p.details as text), p.benefit_kind, p.benefit_text, p.apply_opens_on from program p join program_version v on v.program_id = p.id and v.number = p.rules_version where "
                    + where,
                Object[].class);
    q.setParameter(1, ReadModel.today());
    if (id != null) {
      q.setParameter(2, id);
    }
    List<Object[]> rows = q.getResultList();
    List<LiveProgram> programs = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      UUID pid = (UUID) r[0];
      int version = ((Number) r[8]).intValue();
      String json = (String) r[9];
      Compiled program = compiled.computeIfAbsent(pid + "@" + version, k -> compile(json));
      JsonNode details = r[15] == null ? null : RuleBook.parse((String) r[15]);
      programs.add(
          new LiveProgram(
              pid,
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              toDate(r[18]),
              toDate(r[6]),
              (Boolean) r[7],
              version,
              program.program(),
              program.referencedFacts(),
              (String) r[10],
              toDate(r[11]),
              toDate(r[12]),
              new LiveProgram.Citation((String) r[13], article(details), (String) r[14]),
              manualChecks(details),
              (String) r[16],
              (String) r[17],
              TaxEffects.of(details == null ? null : details.get("taxEffect")),
              Holdings.of(details == null ? null : details.get("holding"))));
    }
    return programs;
  }

  private static List<LiveProgram.ManualCheck> manualChecks(JsonNode details) {
    if (details == null) {
      return List.of();
    }
    List<LiveProgram.ManualCheck> checks = new ArrayList<>();
    for (var c : details.path("manualChecks")) {
      checks.add(
          new LiveProgram.ManualCheck(
              c.path("id").asText(), c.path("label").asText(), c.path("clause").asText(null)));
    }
    return List.copyOf(checks);
  }

  private static String article(JsonNode details) {
    if (details == null) {
      return null;
    }
    String article = details.path("citation").path("article").asText("");
    return article.isBlank() ? null : article;
  }

  private static LocalDate toDate(Object value) {
    return switch (value) {
      case null -> null;
      case java.sql.Date d -> d.toLocalDate();
      case LocalDate d -> d;
      default -> LocalDate.parse(value.toString());
    };
  }
}
