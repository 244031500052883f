package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.facts.EnterpriseRecord;
import cn.gov.huaian.zjtx.policy.rules.Truth;
import cn.gov.huaian.zjtx.policy.rules.assess.Eligibility;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.facts.EncodedFacts;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Evaluates (enterprise, program) pairs with compiled programs, compares each result with the
 * stored one and writes only what differs; a change worth telling the enterprise fires {@link
 * ResultChanged} in the same transaction. Callers own the transaction.
 */
@ApplicationScoped
public class Matcher {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final EntityManager em;
  private final ProgramSet programs;
  private final Event<ResultChanged> changes;
  private final Verifications verifications;

  public Matcher(
      EntityManager em,
      ProgramSet programs,
      Event<ResultChanged> changes,
      Verifications verifications) {
    this.em = em;
    this.programs = programs;
    this.changes = changes;
    this.verifications = verifications;
  }

  /** A stored result. */
  public record Stored(
      int rulesVersion,
      long factVersion,
      Eligibility status,
      AmountRange amount,
      List<String> missing,
      List<String> pending) {}

  /** One evaluated pair; {@code pending} the ids of its manual checks still to verify. */
  record Outcome(
      Eligibility status, AmountRange amount, List<String> missing, List<String> pending) {}

  Outcome evaluate(
      LiveProgram program,
      EnterpriseRecord enterprise,
      EncodedFacts encoded,
      Map<String, Verifications.Finding> findings) {
    int code = program.compiled().eligibilityCode(encoded);
    AmountRange amount = program.compiled().estimate(code, encoded);
    // The explainer visits every leaf, so an undecided result's missing facts are exactly the
    // program's facts the enterprise has not given; computed from the set, not from a trace.
    List<String> missing =
        code == Truth.UNKNOWN_CODE
            ? program.referencedFacts().stream()
                .filter(f -> !enterprise.facts().isKnown(f))
                .toList()
            : List.of();
    Verifications.Verdict verdict =
        Verifications.verdict(Eligibility.of(Truth.ofCode(code)), program.manualChecks(), findings);
    return new Outcome(
        verdict.status(),
        verdict.status() == Eligibility.NOT_ELIGIBLE ? AmountRange.ZERO : amount,
        missing,
        verdict.pending().stream().map(LiveProgram.ManualCheck::id).toList());
  }

  /** Re-matches one enterprise against every live program; returns the number of pushed changes. */
  public int matchEnterprise(EnterpriseRecord enterprise, List<LiveProgram> live) {
    return matchEnterprises(List.of(enterprise), live);
  }

  /**
   * Re-matches a page of enterprises against every live program, with one read of their stored
   * results, one of their verification findings and one batch of writes for the whole page (a full
   * re-match spent most of its time on two queries per enterprise); returns the pushed changes.
   */
  public int matchEnterprises(List<EnterpriseRecord> page, List<LiveProgram> live) {
    List<UUID> ids = page.stream().map(EnterpriseRecord::id).toList();
    Map<UUID, Map<UUID, Stored>> stored = storedByEnterprise(ids);
    Map<UUID, Map<String, Verifications.Finding>> findings = verifications.of(ids);
    List<Object[]> writes = new ArrayList<>();
    List<Object[]> removals = new ArrayList<>();
    int pushed = 0;
    for (EnterpriseRecord enterprise : page) {
      pushed +=
          matchAgainstAll(
              enterprise,
              live,
              stored.getOrDefault(enterprise.id(), Map.of()),
              findings.getOrDefault(enterprise.id(), Map.of()),
              writes,
              removals);
    }
    batch(UPSERT, writes);
    batch(REMOVE, removals);
    return pushed;
  }

  private int matchAgainstAll(
      EnterpriseRecord enterprise,
      List<LiveProgram> live,
      Map<UUID, Stored> stored,
      Map<String, Verifications.Finding> findings,
      List<Object[]> writes,
      List<Object[]> removals) {
    EncodedFacts encoded = programs.engine().encode(enterprise.facts());
    Set<UUID> applicable = new HashSet<>();
    int pushed = 0;
    for (LiveProgram program : live) {
      if (!program.appliesTo(enterprise)) {
        continue;
      }
      applicable.add(program.id());
      pushed +=
          compare(
              program,
              enterprise,
              evaluate(program, enterprise, encoded, findings),
              stored.get(program.id()),
              writes);
    }
    // Results of programs that no longer apply to the firm (its district changed, say) go.
    stored.keySet().stream()
        .filter(id -> !applicable.contains(id))
        .forEach(id -> removals.add(new Object[] {enterprise.id(), id}));
    return pushed;
  }

  /** Re-matches a page of enterprises against one program; returns the number of pushed changes. */
  public int matchProgram(LiveProgram program, Collection<EnterpriseRecord> page) {
    List<UUID> ids = page.stream().map(EnterpriseRecord::id).toList();
    Map<UUID, Stored> stored = storedFor(program.id(), ids);
    Map<UUID, Map<String, Verifications.Finding>> findings =
        program.manualChecks().isEmpty() ? Map.of() : verifications.of(ids);
    List<Object[]> writes = new ArrayList<>();
    List<UUID> notApplicable = new ArrayList<>();
    int pushed = 0;
    for (EnterpriseRecord enterprise : page) {
      if (!program.appliesTo(enterprise)) {
        notApplicable.add(enterprise.id());
        continue;
      }
      EncodedFacts encoded = programs.engine().encode(enterprise.facts());
      pushed +=
          compare(
              program,
              enterprise,
              evaluate(
                  program, enterprise, encoded, findings.getOrDefault(enterprise.id(), Map.of())),
              stored.get(enterprise.id()),
              writes);
    }
    batch(UPSERT, writes);
    if (!notApplicable.isEmpty()) {
      em.createNativeQuery(
              "delete from match_result where program_id = ?1 and enterprise_id in (?2)")
          .setParameter(1, program.id())
          .setParameter(2, notApplicable)
          .executeUpdate();
    }
    return pushed;
  }

  /** A withdrawn or expired program has no results. */
  public void dropProgram(UUID programId) {
    em.createNativeQuery("delete from match_result where program_id = ?1")
        .setParameter(1, programId)
        .executeUpdate();
  }

  private int compare(
      LiveProgram program,
      EnterpriseRecord enterprise,
      Outcome now,
      Stored before,
      List<Object[]> writes) {
    // The fact version alone does not make a write: an enterprise change rewrites only the
    // results it changes, so a stored result cites the facts version it was last computed from.
    boolean same =
        before != null
            && before.rulesVersion() == program.rulesVersion()
            && before.status() == now.status()
            && ResultChanged.sameMoney(before.amount(), now.amount())
            && before.missing().equals(now.missing())
            && before.pending().equals(now.pending());
    if (same) {
      return 0;
    }
    writes.add(
        new Object[] {
          enterprise.id(),
          program.id(),
          program.rulesVersion(),
          enterprise.version(),
          now.status().name(),
          now.amount().min(),
          now.amount().max(),
          toJson(now.missing()),
          toJson(now.pending())
        });
    ResultChanged.Kind kind =
        ResultChanged.detect(
            before == null ? null : before.status(),
            before == null ? null : before.amount(),
            now.status(),
            now.amount());
    // A firm is not told it newly qualifies for, or no longer meets, a title it holds: the title
    // stays until it ends (the 2026 办法's transition); 一站直达 shows it as 已持有.
    if (kind == null || Holdings.held(program.holding(), enterprise) != null) {
      return 0;
    }
    changes.fire(
        new ResultChanged(
            enterprise.id(),
            program.id(),
            program.title(),
            program.rulesVersion(),
            enterprise.version(),
            kind,
            before == null ? null : before.status(),
            now.status(),
            before == null ? null : before.amount(),
            now.amount(),
            program.applyDeadline(),
            program.benefitKind(),
            program.benefitText()));
    return 1;
  }

  private static final String STORED_COLUMNS =
      "rules_version, fact_version, status, amount_min, amount_max, cast(missing_facts as text), "
          + "cast(pending_checks as text) from match_result where ";

  /** One program's stored results for a page of enterprises, by enterprise. */
  private Map<UUID, Stored> storedFor(UUID programId, List<UUID> enterprises) {
    if (enterprises.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select enterprise_id, "
                    + STORED_COLUMNS
                    + "program_id = ?1 and enterprise_id in (?2)",
                Object[].class)
            .setParameter(1, programId)
            .setParameter(2, enterprises)
            .getResultList();
    Map<UUID, Stored> stored = new HashMap<>();
    rows.forEach(r -> stored.put((UUID) r[0], stored(r, 1)));
    return stored;
  }

  /** The stored results of a page of enterprises: enterprise → program → result. */
  private Map<UUID, Map<UUID, Stored>> storedByEnterprise(List<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select enterprise_id, program_id, " + STORED_COLUMNS + "enterprise_id in (?1)",
                Object[].class)
            .setParameter(1, ids)
            .getResultList();
    Map<UUID, Map<UUID, Stored>> stored = new HashMap<>();
    for (Object[] r : rows) {
      stored.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((UUID) r[1], stored(r, 2));
    }
    return stored;
  }

  private static Stored stored(Object[] r, int from) {
    return new Stored(
        ((Number) r[from]).intValue(),
        ((Number) r[from + 1]).longValue(),
        Eligibility.valueOf((String) r[from + 2]),
        new AmountRange((BigDecimal) r[from + 3], (BigDecimal) r[from + 4]),
        fromJson((String) r[from + 5]),
        fromJson((String) r[from + 6]));
  }

  private static final String UPSERT =
      "insert into match_result (enterprise_id, program_id, rules_version, fact_version, status, amount_min, amount_max, missing_facts, pending_checks) "
          + "values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb)) on conflict (enterprise_id, program_id) do update set "
          + "rules_version = excluded.rules_version, fact_version = excluded.fact_version, missing_facts = excluded.missing_facts, "
          + "pending_checks = excluded.pending_checks, "
          + "computed_at = now(), changed_at = case when match_result.status <> excluded.status "
          + "or match_result.amount_min <> excluded.amount_min or match_result.amount_max <> excluded.amount_max "
          + "then now() else match_result.changed_at end, "
          + "status = excluded.status, amount_min = excluded.amount_min, amount_max = excluded.amount_max";

  private static final String REMOVE =
      "delete from match_result where enterprise_id = ? and program_id = ?";

  /** One statement, a row of parameters each, sent to the database as one batch. */
  private void batch(String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                  for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                  }
                  ps.addBatch();
                }
                ps.executeBatch();
              }
            });
  }

  private static String toJson(List<String> values) {
    try {
      return MAPPER.writeValueAsString(values);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fromJson(String json) {
    if ("[]".equals(json)) {
      return List.of(); // most results miss nothing and wait for nothing
    }
    try {
      return List.of(MAPPER.readValue(json, String[].class));
    } catch (Exception e) {
      return List.of();
    }
  }
}
