package cn.gov.huaian.zjtx.policy.applications;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import cn.gov.huaian.zjtx.platform.web.ETags;
import cn.gov.huaian.zjtx.platform.web.IdempotencyKeys;
import cn.gov.huaian.zjtx.platform.web.JsonBounds;
import cn.gov.huaian.zjtx.platform.web.PageView;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.ApplicationView;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.DecisionRequest;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.Draft;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.PayoutRequest;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.ProgramStats;
import cn.gov.huaian.zjtx.policy.applications.ApplicationDtos.SubmitRequest;
import cn.gov.huaian.zjtx.policy.catalog.ApplicationPeriod;
import cn.gov.huaian.zjtx.policy.catalog.ApplicationPeriodView;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseRecord;
import cn.gov.huaian.zjtx.policy.facts.ReadModel;
import cn.gov.huaian.zjtx.policy.matching.LiveProgram;
import cn.gov.huaian.zjtx.policy.matching.ProgramSet;
import cn.gov.huaian.zjtx.policy.rules.assess.Assessment;
import cn.gov.huaian.zjtx.policy.rules.assess.Eligibility;
import cn.gov.huaian.zjtx.policy.rules.engine.FactDisplay;
import cn.gov.huaian.zjtx.policy.rules.engine.TraceNode;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * 申报、审核、兑付. An enterprise applies with a form pre-filled from its facts; the application cites the
 * rules version it was assessed against; an admin approves (with an amount) or rejects (with a
 * reason); a payout is recorded on an approved application. Each step checks the state it starts
 * from and the If-Match of the caller, so a decision is never made twice.
 */
@ApplicationScoped
public class Applications {
  /**
   * An application's form: at most 64 KB as stored, 8 levels deep, 2,000 values (the pre-filled
   * form is about 2 KB; a 15 MB form was accepted before, issue 14).
   */
  static final JsonBounds FORM_BOUNDS = new JsonBounds(64 * 1024, 8, 2000);

  private final ReadModel readModel;
  private final ProgramSet programs;
  private final IdempotencyKeys idempotency;
  private final ObjectMapper json;
  private final EntityManager em;

  public Applications(
      ReadModel readModel,
      ProgramSet programs,
      IdempotencyKeys idempotency,
      ObjectMapper json,
      EntityManager em) {
    this.readModel = readModel;
    this.programs = programs;
    this.idempotency = idempotency;
    this.json = json;
    this.em = em;
  }

  /** The form an enterprise starts from: its identity, contacts and the facts the program tests. */
  public Draft draft(UUID enterpriseId, UUID programId) {
    EnterpriseRecord enterprise = enterprise(enterpriseId);
    LiveProgram program = applicable(programId, enterprise);
    Assessment a = programs.engine().assess(program.compiled(), enterprise.facts());
    ObjectNode form = json.createObjectNode();
    form.put("enterpriseName", enterprise.name());
    form.put("creditCode", enterprise.creditCode());
    form.put("districtCode", enterprise.districtCode());
    JsonNode snapshot = readModel.snapshot(enterpriseId).orElse(json.createObjectNode());
    JsonNode contact = snapshot.path("contacts").path(0);
    form.put("contactName", contact.path("name").asText(""));
    form.put("contactPhone", contact.path("phone").asText(""));
    ArrayNode facts = form.putArray("facts");
    Set<String> tested = new LinkedHashSet<>();
    a.trace().leaves().stream().map(TraceNode::fact).filter(f -> !f.isEmpty()).forEach(tested::add);
    for (String name : tested) {
      var def = StandardFacts.catalogue().require(name);
      ObjectNode fact = facts.addObject();
      fact.put("fact", name);
      fact.put("label", def.label());
      fact.put("unit", def.unit());
      enterprise
          .facts()
          .get(name)
          .ifPresentOrElse(
              v -> fact.put("value", FactDisplay.value(def, v)), () -> fact.putNull("value"));
    }
    form.put("declaration", "本企业承诺所填信息真实、准确、完整。");
    return new Draft(
        program.id(),
        program.title(),
        program.rulesVersion(),
        a.eligibility().name(),
        a.eligibility().label(),
        a.estimate().min(),
        a.estimate().max(),
        ApplicationPeriodView.of(program.applicationPeriod(), ReadModel.today()),
        form);
  }

  @Transactional
  public Application submit(
      UUID enterpriseId, SubmitRequest request, String user, String idempotencyKey) {
    IdempotencyKeys.Claim claim =
        idempotency.claim(
            "application.submit",
            enterpriseId + "/" + user,
            idempotencyKey,
            json.valueToTree(request).toString());
    if (claim.replay()) {
      return Application.findById(claim.resourceId());
    }
    if (!request.form().isObject()) {
      throw ProblemException.invalid("form", "申报表应为 JSON 对象");
    }
    Violations bounds = new Violations();
    FORM_BOUNDS.check(bounds, "form", "申报表", request.form());
    bounds.throwIfAny();
    EnterpriseRecord enterprise = enterprise(enterpriseId);
    LiveProgram program = applicable(request.programId(), enterprise);
    refuseOutsidePeriod(program.applicationPeriod());
    Assessment a = programs.engine().assess(program.compiled(), enterprise.facts());
    if (a.eligibility() == Eligibility.NOT_ELIGIBLE) {
      String gap = a.gaps().isEmpty() ? "" : "；差距：" + a.gaps().getFirst().describe();
      throw new ProblemException(422, "not-eligible", "不符合申报条件", "根据当前信息，贵企业不符合该项目的条件" + gap);
    }
    if (Application.count(
            "enterpriseId = ?1 and programId = ?2 and status <> ?3",
            enterpriseId,
            program.id(),
            Application.Status.REJECTED)
        > 0) {
      throw ProblemException.conflict("already-applied", "贵企业已申报该项目，请勿重复申报");
    }
    Application app = new Application();
    app.id = claim.resourceId();
    app.enterpriseId = enterpriseId;
    app.programId = program.id();
    app.rulesVersion = program.rulesVersion();
    app.form = request.form().toString();
    app.attachments =
        json.valueToTree(request.attachments() == null ? List.of() : request.attachments())
            .toString();
    app.requestedAmount = request.requestedAmount();
    app.estimateMin = a.estimate().min();
    app.estimateMax = a.estimate().max();
    app.submittedBy = user;
    app.persist();
    Application.flush();
    return app;
  }

  @Transactional
  public Application decide(UUID id, DecisionRequest request, String ifMatch, String user) {
    Application app = get(id);
    ETags.check(ifMatch, app.version);
    if (app.status != Application.Status.SUBMITTED) {
      throw ProblemException.conflict(
          "already-decided", "该申报已审核（" + label(app.status) + "），不能再次审核");
    }
    if (request.decision() == ApplicationDtos.Decision.REJECT) {
      if (request.reason() == null || request.reason().isBlank()) {
        throw ProblemException.invalid("reason", "驳回时须填写理由");
      }
      app.status = Application.Status.REJECTED;
    } else {
      if (request.approvedAmount() == null) {
        throw ProblemException.invalid("approvedAmount", "通过时须填写核定金额");
      }
      app.status = Application.Status.APPROVED;
      app.approvedAmount = request.approvedAmount();
    }
    app.decisionReason = request.reason() == null ? null : request.reason().strip();
    app.decidedAt = Instant.now();
    app.decidedBy = user;
    Application.flush();
    return app;
  }

  @Transactional
  public Application payout(UUID id, PayoutRequest request, String ifMatch) {
    Application app = get(id);
    ETags.check(ifMatch, app.version);
    if (app.status != Application.Status.APPROVED) {
      throw ProblemException.conflict(
          "not-approved", "只有审核通过且尚未兑付的申报才能记录兑付（当前：" + label(app.status) + "）");
    }
    if (request.amount().compareTo(app.approvedAmount) > 0) {
      throw ProblemException.invalid(
          "amount", "兑付金额不能超过核定金额 " + app.approvedAmount.toPlainString() + " 元");
    }
    app.status = Application.Status.PAID;
    app.paidAmount = request.amount();
    app.payoutReference = request.reference().strip();
    app.paidAt = Instant.now();
    Application.flush();
    return app;
  }

  @Transactional
  public Application get(UUID id) {
    Application app = Application.findById(id);
    if (app == null) {
      throw ProblemException.notFound("申报");
    }
    return app;
  }

  @Transactional
  public PageView<ApplicationView> list(
      UUID enterpriseId, Application.Status status, UUID programId, int page, int size) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (enterpriseId != null) {
      where.append(" and enterpriseId = :enterprise");
      params.put("enterprise", enterpriseId);
    }
    if (status != null) {
      where.append(" and status = :status");
      params.put("status", status);
    }
    if (programId != null) {
      where.append(" and programId = :program");
      params.put("program", programId);
    }
    var query =
        Application.<Application>find(
            where.toString(), Sort.descending("submittedAt").and("id"), params);
    List<Application> apps = query.page(page, size).list();
    return new PageView<>(views(apps), page, size, query.count());
  }

  @Transactional
  public ApplicationView view(Application app) {
    return views(List.of(app)).getFirst();
  }

  private List<ApplicationView> views(List<Application> apps) {
    Map<UUID, String> titles =
        titles(apps.stream().map(a -> a.programId).collect(Collectors.toSet()));
    return apps.stream()
        .map(
            a ->
                new ApplicationView(
                    a.id,
                    a.enterpriseId,
                    a.programId,
                    titles.get(a.programId),
                    a.rulesVersion,
                    a.status.name(),
                    label(a.status),
                    parse(a.form),
                    parse(a.attachments),
                    a.requestedAmount,
                    a.estimateMin,
                    a.estimateMax,
                    a.approvedAmount,
                    a.submittedAt,
                    a.decidedAt,
                    a.decidedBy,
                    a.decisionReason,
                    a.paidAt,
                    a.paidAmount,
                    a.payoutReference,
                    a.version))
        .toList();
  }

  private Map<UUID, String> titles(Set<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery("select id, title from program where id in (?1)", Object[].class)
            .setParameter(1, ids)
            .getResultList();
    return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
  }

  /** 兑付时效 per program: how fast decisions and payouts follow applications. */
  @Transactional
  public List<ProgramStats> stats() {
    List<Object[]> rows =
        em.unwrap(Session.class)
            .createNativeQuery(
                """
        select p.id, p.title, count(*),
               count(*) filter (where a.status = 'SUBMITTED'),
               count(*) filter (where a.status in ('APPROVED', 'PAID')),
               count(*) filter (where a.status = 'REJECTED'),
               count(*) filter (where a.status = 'PAID'),
               coalesce(sum(a.paid_amount), 0),
               avg(extract(epoch from a.decided_at - a.submitted_at) / 3600),
               percentile_cont(0.9) within group (order by extract(epoch from a.decided_at - a.submitted_at) / 3600),
               avg(extract(epoch from a.paid_at - a.submitted_at) / 86400),
               percentile_cont(0.9) within group (order by extract(epoch from a.paid_at - a.submitted_at) / 86400)
        from application a join program p on p.id = a.program_id
        group by p.id, p.title order by p.title, p.id""",
                Object[].class)
            .getResultList();
    Function<Object, Double> dbl =
        v -> v == null ? null : Math.round(((Number) v).doubleValue() * 100) / 100.0;
    return rows.stream()
        .map(
            r ->
                new ProgramStats(
                    (UUID) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(),
                    (BigDecimal) r[7],
                    dbl.apply(r[8]),
                    dbl.apply(r[9]),
                    dbl.apply(r[10]),
                    dbl.apply(r[11])))
        .toList();
  }

  private EnterpriseRecord enterprise(UUID id) {
    return readModel
        .find(id)
        .orElseThrow(
            () ->
                new ProblemException(
                    422, "enterprise-unknown", "企业信息尚未同步", "尚未收到贵企业的档案信息，请先在企业库中完善档案"));
  }

  /** 申报期: before the opening or after the close, nothing is submitted. */
  private static void refuseOutsidePeriod(ApplicationPeriod period) {
    switch (period.stateOn(ReadModel.today())) {
      case NOT_OPEN ->
          throw new ProblemException(
              422,
              "not-open",
              "申报尚未开始",
              "该项目的申报将于 "
                  + period.opensOn()
                  + " 开始"
                  + (period.closesOn() == null ? "" : "，" + period.closesOn() + " 截止")
                  + "，请届时再提交");
      case CLOSED ->
          throw new ProblemException(
              422, "deadline-passed", "申报已截止", "该项目的申报已于 " + period.closesOn() + " 截止");
      case OPEN -> {}
    }
  }

  private LiveProgram applicable(UUID programId, EnterpriseRecord enterprise) {
    LiveProgram program =
        programs.live(programId).orElseThrow(() -> ProblemException.notFound("项目"));
    if (!"POLICY".equals(program.kind())) {
      throw new ProblemException(422, "not-applicable", "该项目不接受申报", "梯度认定项目请通过认定流程办理，不在此申报");
    }
    if (program.exemptApplication()) {
      throw new ProblemException(422, "exempt", "免申即享项目无需申报", "该项目为免申即享，符合条件的企业无需申报即可享受");
    }
    if (!program.appliesTo(enterprise)) {
      throw new ProblemException(
          422, "other-district", "不在适用区域", "该项目仅适用于区县 " + program.districtCode() + " 的企业");
    }
    return program;
  }

  static String label(Application.Status status) {
    return switch (status) {
      case SUBMITTED -> "已申报，待审核";
      case APPROVED -> "审核通过，待兑付";
      case REJECTED -> "已驳回";
      case PAID -> "已兑付";
    };
  }

  private JsonNode parse(String text) {
    try {
      return json.readTree(text);
    } catch (Exception e) {
      return json.createObjectNode();
    }
  }
}
