package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.policy.catalog.ApplicationPeriodView;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseRecord;
import cn.gov.huaian.zjtx.policy.facts.ReadModel;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.ChangeOpportunityView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.ChangeView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.FactRef;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.GapView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.HeldView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.ManualCheckView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.MatchDetail;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.MatchView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.MissingFactView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.OpportunitiesView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.ProgramRef;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.TaxSavingView;
import cn.gov.huaian.zjtx.policy.matching.MatchViews.TraceView;
import cn.gov.huaian.zjtx.policy.rules.assess.Assessment;
import cn.gov.huaian.zjtx.policy.rules.assess.Eligibility;
import cn.gov.huaian.zjtx.policy.rules.assess.Holding;
import cn.gov.huaian.zjtx.policy.rules.assess.Opportunities;
import cn.gov.huaian.zjtx.policy.rules.benefit.AmountRange;
import cn.gov.huaian.zjtx.policy.rules.benefit.StackingRules;
import cn.gov.huaian.zjtx.policy.rules.benefit.TaxEffect;
import cn.gov.huaian.zjtx.policy.rules.benefit.TaxSaving;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import cn.gov.huaian.zjtx.policy.rules.facts.FactCatalogue;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Reads for the matching API: stored results (what the jobs computed) and, for one program or
 * across programs, the full story computed now from the current facts with the compiled program of
 * the cited version (trace, gap, opportunities are cheap for one enterprise).
 */
@ApplicationScoped
public class MatchQueries {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final EntityManager em;
  private final ReadModel readModel;
  private final ProgramSet programs;
  private final MatchingConfig config;
  private final Verifications verifications;
  private final FactCatalogue catalogue = StandardFacts.catalogue();

  public MatchQueries(
      EntityManager em,
      ReadModel readModel,
      ProgramSet programs,
      MatchingConfig config,
      Verifications verifications) {
    this.verifications = verifications;
    this.em = em;
    this.readModel = readModel;
    this.programs = programs;
    this.config = config;
  }

  public EnterpriseRecord enterprise(UUID id) {
    return readModel.find(id).orElseThrow(() -> ProblemException.notFound("企业"));
  }

  @Transactional
  public List<MatchView> results(UUID enterpriseId, ResultFilter filter, UUID programId) {
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                "select p.id, p.code, p.title, p.kind, p.category, r.status, r.amount_min, r.amount_max, r.rules_version, "
                    + "r.fact_version, cast(r.missing_facts as text), r.computed_at, r.changed_at, p.family, p.doc_number, "
                    + "p.details -> 'citation' ->> 'article', jsonb_array_length(r.pending_checks), "
                    + "p.benefit_kind, p.benefit_text, cast(p.details -> 'taxEffect' as text), "
                    + "cast(p.details -> 'holding' as text) "
                    + "from match_result r join program p on p.id = r.program_id "
                    + "where r.enterprise_id = ?1 and p.status = 'PUBLISHED' and (p.valid_to is null or p.valid_to >= ?3) and (?2 = '' or cast(p.id as text) = ?2) "
                    + "order by case r.status when 'ELIGIBLE' then 0 when 'PENDING_VERIFICATION' then 1 when 'UNKNOWN' then 2 else 3 end, r.amount_max desc, p.title, p.id",
                Object[].class)
            .setParameter(1, enterpriseId)
            .setParameter(2, programId == null ? "" : programId.toString())
            // A version that ended since its result was stored is not shown until the re-match.
            .setParameter(3, ReadModel.today())
            .getResultList();
    // Tax estimates and held titles need the firm's facts: read once, only when a result needs
    // them.
    EnterpriseRecord firm =
        rows.stream().anyMatch(r -> r[19] != null || r[20] != null)
            ? readModel.find(enterpriseId).orElse(null)
            : null;
    // Filtered after the views are made: 已持有 is known only then (a firm has a few dozen results).
    return rows.stream()
        .map(r -> view(r, firm))
        .filter(v -> filter == null || filter.accepts(v))
        .toList();
  }

  private MatchView view(Object[] r, EnterpriseRecord firm) {
    Eligibility status = Eligibility.valueOf((String) r[5]);
    AmountRange amount = new AmountRange((BigDecimal) r[6], (BigDecimal) r[7]);
    int pending = ((Number) r[16]).intValue();
    // What each program grants and its tax effect were read once when the program set loaded; the
    // row's JSON is parsed only for a program not in the set (it ended since its result was
    // stored).
    LiveProgram program = programs.live((UUID) r[0]).orElse(null);
    TaxEffect taxEffect = program != null ? program.taxEffect() : TaxEffects.read((String) r[19]);
    Holding holding = program != null ? program.holding() : Holdings.read((String) r[20]);
    TaxSaving tax = TaxEffects.estimate(taxEffect, status, firm);
    return new MatchView(
        (UUID) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        status.name(),
        status.label(pending),
        amount.min(),
        amount.max(),
        BenefitDisplay.text((String) r[17], (String) r[18], amount),
        ((Number) r[8]).intValue(),
        ((Number) r[9]).longValue(),
        facts((String) r[10]),
        Times.instant(r[11]),
        Times.instant(r[12]),
        (String) r[13],
        (String) r[14],
        (String) r[15],
        pending,
        (String) r[17],
        (String) r[18],
        BenefitDisplay.withTax(
            BenefitDisplay.text((String) r[17], (String) r[18], amount), amount, tax),
        BenefitDisplay.monetary(amount),
        TaxSavingView.of(tax),
        HeldView.of(Holdings.held(holding, firm)));
  }

  private List<FactRef> facts(String json) {
    try {
      return List.of(MAPPER.readValue(json, String[].class)).stream()
          .map(f -> FactRef.of(catalogue, f))
          .toList();
    } catch (Exception e) {
      return List.of();
    }
  }

  /**
   * The full answer for one program, with the rules of its family in force on {@code day} (today by
   * default; a past date evaluates the history version, against today's facts).
   */
  public MatchDetail detail(EnterpriseRecord enterprise, UUID programId, LocalDate day) {
    LiveProgram program =
        (day == null ? programs.live(programId) : programs.inForceOn(programId, day))
            .filter(p -> p.appliesTo(enterprise))
            .orElseThrow(() -> ProblemException.notFound("项目"));
    Assessment a = programs.engine().assess(program.compiled(), enterprise.facts());
    Map<String, Verifications.Finding> findings = verifications.of(enterprise.id());
    Verifications.Verdict verdict =
        Verifications.verdict(a.eligibility(), program.manualChecks(), findings);
    List<ManualCheckView> checks =
        program.manualChecks().stream()
            .map(c -> ManualCheckView.of(c, findings.get(c.id())))
            .toList();
    Eligibility status = verdict.status();
    AmountRange estimate = status == Eligibility.NOT_ELIGIBLE ? AmountRange.ZERO : a.estimate();
    String label = status.label(verdict.pending().size());
    Optional<MatchView> stored = results(enterprise.id(), null, program.id()).stream().findFirst();
    TaxSaving tax = TaxEffects.estimate(program.taxEffect(), status, enterprise);
    LocalDate on = day == null ? ReadModel.today() : day;
    return new MatchDetail(
        program.id(),
        program.code(),
        program.title(),
        a.version(),
        enterprise.version(),
        status.name(),
        label,
        estimate.min(),
        estimate.max(),
        program.benefitDisplay(estimate),
        TraceView.of(a.trace())
            .withManualChecks(
                checks,
                status == Eligibility.PENDING_VERIFICATION ? "MANUAL" : a.trace().result().name(),
                status == Eligibility.PENDING_VERIFICATION ? label : a.trace().result().label()),
        a.missingFacts().stream().map(f -> FactRef.of(catalogue, f)).toList(),
        gaps(a, checks),
        stored.orElse(null),
        program.family(),
        on,
        program.validFrom(),
        program.validTo(),
        program.citation().docNumber(),
        program.citation().article(),
        program.validTo() != null && program.validTo().isBefore(ReadModel.today()),
        checks,
        program.benefitKind(),
        program.benefitText(),
        BenefitDisplay.withTax(program.benefitDisplay(estimate), estimate, tax),
        BenefitDisplay.monetary(estimate),
        TaxSavingView.of(tax),
        HeldView.of(Holdings.held(program.holding(), enterprise)),
        program.exemptApplication()
            ? null
            : ApplicationPeriodView.of(program.applicationPeriod(), ReadModel.today()));
  }

  /**
   * Money first; then what the firm can act on before what only time brings; then a change that
   * reaches a tier (认定类, the next rung of the ladder) before one that reaches only services; then
   * more programs. Stable, so the engine's order (least effort) breaks ties.
   */
  static java.util.Comparator<ChangeOpportunityView> opportunityOrder(
      Map<String, LiveProgram> byCode) {
    return java.util.Comparator.comparing(ChangeOpportunityView::unlockedMax)
        .reversed()
        .thenComparing(c -> c.changes().stream().anyMatch(ChangeView::timeOnly))
        .thenComparing(
            c ->
                c.programsUnlocked().stream()
                    .noneMatch(
                        p ->
                            byCode.containsKey(p.code())
                                && byCode.get(p.code()).kind().equals("CERTIFICATION")))
        .thenComparing(c -> -c.programsUnlocked().size());
  }

  /** The rules' gaps, then the checks an admin still has to verify (not changes to make). */
  private static List<GapView> gaps(Assessment a, List<ManualCheckView> checks) {
    List<GapView> gaps = new java.util.ArrayList<>(a.gaps().stream().map(GapView::of).toList());
    List<ManualCheckView> pending =
        checks.stream().filter(c -> c.state().equals("PENDING")).toList();
    if (!pending.isEmpty()) {
      gaps.add(GapView.verify(pending));
    }
    return gaps;
  }

  public OpportunitiesView opportunities(EnterpriseRecord enterprise) {
    List<LiveProgram> live = programs.live().stream().filter(p -> p.appliesTo(enterprise)).toList();
    Map<String, LiveProgram> byCode =
        live.stream()
            .collect(
                Collectors.toMap(p -> p.compiled().rules().id(), Function.identity(), (a, b) -> a));
    List<CompiledProgram> compiled = live.stream().map(LiveProgram::compiled).toList();
    StackingRules stacking =
        config.yearlyCap().map(StackingRules::cappedAt).orElse(StackingRules.uncapped());
    Opportunities o = programs.engine().opportunities(compiled, enterprise.facts(), stacking);
    Function<String, ProgramRef> ref =
        code ->
            Optional.ofNullable(byCode.get(code))
                .map(p -> new ProgramRef(p.id(), p.code(), p.title()))
                .orElse(new ProgramRef(null, code, code));
    List<ChangeOpportunityView> changes =
        o.changes().stream()
            .filter(c -> !c.programsUnlocked().isEmpty())
            .map(
                c ->
                    new ChangeOpportunityView(
                        c.describe(),
                        c.changes().stream().map(ChangeView::of).toList(),
                        c.programsUnlocked().stream().map(ref).toList(),
                        c.unlocked().min(),
                        c.unlocked().max(),
                        BenefitDisplay.monetary(c.unlocked())
                            ? "约 " + c.unlocked().toWanYuan()
                            : "不涉及可计算的奖补金额（认定、服务或税收优惠，见各项目）"))
            .sorted(opportunityOrder(byCode))
            .toList();
    List<MissingFactView> missing =
        o.missingFacts().stream()
            .map(
                m ->
                    new MissingFactView(
                        FactRef.of(catalogue, m.fact().name()),
                        m.programs().stream().map(ref).toList(),
                        m.couldUnlock()))
            .toList();
    AmountRange now = o.current().total();
    return new OpportunitiesView(
        enterprise.id(),
        now.min(),
        now.max(),
        BenefitDisplay.monetary(now) ? "约 " + now.toWanYuan() : "暂无可计算的奖补金额",
        changes,
        missing);
  }
}
