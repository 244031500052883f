package cn.gov.huaian.zjtx.policy.catalog;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.web.ETags;
import cn.gov.huaian.zjtx.platform.web.IdempotencyKeys;
import cn.gov.huaian.zjtx.policy.rules.facts.StandardFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 项目目录：create, change, publish and withdraw programs. Every write validates its rules first and
 * changes nothing when anything is wrong; a change of rules makes a new version; publishing or
 * changing a published program queues a re-match through {@link ProgramChanged}.
 */
@ApplicationScoped
public class ProgramCatalog {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private final RuleBook rules;
  private final IdempotencyKeys idempotency;
  private final Event<ProgramChanged> changed;
  private final ObjectMapper json;

  public ProgramCatalog(
      RuleBook rules,
      IdempotencyKeys idempotency,
      Event<ProgramChanged> changed,
      ObjectMapper json) {
    this.rules = rules;
    this.json = json;
    this.idempotency = idempotency;
    this.changed = changed;
  }

  /** Filters of the admin list. */
  public record Filter(
      Program.Kind kind,
      Program.Status status,
      String category,
      boolean publishedOnly,
      Program.Lifecycle lifecycle) {
    public Filter(
        Program.Kind kind, Program.Status status, String category, boolean publishedOnly) {
      this(kind, status, category, publishedOnly, Program.Lifecycle.ALL);
    }
  }

  /** The where-clause of a lifecycle: history ended before today; in force has not ended. */
  static String lifecycleClause(Program.Lifecycle lifecycle, Map<String, Object> params) {
    if (lifecycle == null || lifecycle == Program.Lifecycle.ALL) {
      return "";
    }
    params.put("today", Program.today());
    return lifecycle == Program.Lifecycle.HISTORY
        ? " and validTo is not null and validTo < :today"
        : " and (validTo is null or validTo >= :today)";
  }

  @Transactional
  public List<Program> list(Filter filter, int page, int size, long[] total) {
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.publishedOnly()) {
      where.append(" and status = :published");
      params.put("published", Program.Status.PUBLISHED);
    } else if (filter.status() != null) {
      where.append(" and status = :status");
      params.put("status", filter.status());
    }
    if (filter.kind() != null) {
      where.append(" and kind = :kind");
      params.put("kind", filter.kind());
    }
    if (filter.category() != null) {
      where.append(" and category = :category");
      params.put("category", filter.category());
    }
    where.append(lifecycleClause(filter.lifecycle(), params));
    var query =
        Program.<Program>find(where.toString(), Sort.by("kind").and("title").and("id"), params);
    total[0] = query.count();
    return query.page(Page.of(page, size)).list();
  }

  @Transactional
  public Program get(UUID id, boolean publishedOnly) {
    Program p = Program.findById(id);
    if (p == null || publishedOnly && p.status != Program.Status.PUBLISHED) {
      throw ProblemException.notFound("项目");
    }
    return p;
  }

  @Transactional
  public Program create(ProgramRequest request, String user, String idempotencyKey) {
    IdempotencyKeys.Claim claim =
        idempotency.claim(
            "program.create", user, idempotencyKey, json.valueToTree(request).toString());
    if (claim.replay()) {
      return get(claim.resourceId(), false);
    }
    checkFields(request);
    String code =
        request.code() == null || request.code().isBlank()
            ? claim.resourceId().toString()
            : request.code().strip();
    if (Program.count("code", code) > 0) {
      throw ProblemException.conflict("program-code-taken", "项目编码“" + code + "”已被使用");
    }
    ObjectNode stored = rules.normalise(request.rules(), code, 1, request.title());
    Program p = new Program();
    p.id = claim.resourceId();
    p.code = code;
    p.family = code;
    p.createdBy = user;
    apply(p, request);
    p.rulesVersion = 1;
    p.persist();
    saveVersion(p, stored, user);
    return p;
  }

  @Transactional
  public Program update(UUID id, ProgramRequest request, String ifMatch, String user) {
    Program p = get(id, false);
    ETags.check(ifMatch, p.version);
    checkFields(request);
    if (request.code() != null
        && !request.code().isBlank()
        && !request.code().strip().equals(p.code)) {
      throw ProblemException.invalid("code", "项目编码创建后不能修改");
    }
    if (request.kind() != p.kind) {
      throw ProblemException.invalid("kind", "项目类型创建后不能修改");
    }
    JsonNode current = currentRules(p);
    boolean newRules = !RuleBook.sameRules(current, request.rules());
    ObjectNode stored =
        rules.normalise(
            request.rules(),
            p.code,
            newRules ? p.rulesVersion + 1 : p.rulesVersion,
            request.title());
    apply(p, request);
    p.editedViaApi = true;
    if (newRules) {
      p.rulesVersion++;
      saveVersion(p, stored, user);
    }
    p.updatedAt = Instant.now();
    changed.fire(
        new ProgramChanged(
            p.id, p.rulesVersion, p.status, newRules && p.status == Program.Status.PUBLISHED));
    return flushed(p);
  }

  @Transactional
  public Program publish(UUID id, String ifMatch) {
    Program p = get(id, false);
    ETags.check(ifMatch, p.version);
    if (p.status == Program.Status.PUBLISHED) {
      return p;
    }
    p.status = Program.Status.PUBLISHED;
    p.publishedAt = Instant.now();
    p.updatedAt = Instant.now();
    changed.fire(new ProgramChanged(p.id, p.rulesVersion, p.status, true));
    return flushed(p);
  }

  @Transactional
  public Program withdraw(UUID id, String ifMatch) {
    Program p = get(id, false);
    ETags.check(ifMatch, p.version);
    if (p.status == Program.Status.WITHDRAWN) {
      return p;
    }
    boolean wasPublished = p.status == Program.Status.PUBLISHED;
    p.status = Program.Status.WITHDRAWN;
    p.editedViaApi = true;
    p.updatedAt = Instant.now();
    changed.fire(new ProgramChanged(p.id, p.rulesVersion, p.status, wasPublished));
    return flushed(p);
  }

  /**
   * Loads one catalogue file (see {@link CatalogueLoader}): creates its program published, or
   * updates it when the file changed and no admin changed the program through the API since.
   */
  @Transactional
  public CatalogueLoader.Outcome loadCatalogueFile(String file, JsonNode json, String hash) {
    String code = json.path("id").asText();
    Program p = Program.<Program>find("code", code).firstResult();
    if (p != null && hash.equals(p.catalogHash)) {
      return CatalogueLoader.Outcome.UNCHANGED;
    }
    if (p != null && (p.editedViaApi || p.catalogFile == null)) {
      return CatalogueLoader.Outcome.KEPT_ADMIN_EDIT;
    }
    boolean created = p == null;
    ObjectNode engine = CatalogueFile.engineView(json);
    boolean newRules = created || !RuleBook.sameRules(currentRules(p), engine);
    if (created) {
      p = new Program();
      p.id = UUID.randomUUID();
      p.code = code;
      p.createdBy = CATALOGUE_USER;
      p.status = Program.Status.PUBLISHED;
      p.publishedAt = Instant.now();
    }
    CatalogueFile.apply(p, json);
    int number = newRules ? p.rulesVersion + 1 : p.rulesVersion;
    ObjectNode stored = rules.normalise(engine, code, number, p.title);
    p.rulesVersion = number;
    p.catalogFile = file;
    p.catalogHash = hash;
    p.updatedAt = Instant.now();
    if (created) {
      p.persist();
    }
    if (newRules) {
      saveVersion(p, stored, CATALOGUE_USER);
    }
    changed.fire(new ProgramChanged(p.id, p.rulesVersion, p.status, true));
    return created ? CatalogueLoader.Outcome.CREATED : CatalogueLoader.Outcome.UPDATED;
  }

  /**
   * Moves each catalogue program's application period to the batch that applies today (a batch
   * closed, the next opened). Programs an admin edited keep the admin's date. Returns how many
   * moved.
   */
  @Transactional
  public int refreshCatalogueDeadlines() {
    LocalDate today = Program.today();
    int moved = 0;
    for (Program p : Program.<Program>list("catalogFile is not null and editedViaApi = false")) {
      ApplicationPeriod period =
          CatalogueFile.period(readDetails(p).path("application"), p.validTo, today);
      if (!Objects.equals(period, new ApplicationPeriod(p.applyOpensOn, p.applyDeadline))) {
        p.applyOpensOn = period.opensOn();
        p.applyDeadline = period.closesOn();
        p.updatedAt = Instant.now();
        // Results do not depend on the deadline: the caches and the search index refresh, nobody
        // is re-matched.
        changed.fire(new ProgramChanged(p.id, p.rulesVersion, p.status, false));
        moved++;
      }
    }
    return moved;
  }

  private static JsonNode readDetails(Program p) {
    try {
      return p.details == null ? MissingNode.getInstance() : MAPPER.readTree(p.details);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Who created and versioned what the catalogue loaded. */
  public static final String CATALOGUE_USER = "catalog";

  @Transactional
  public List<ProgramVersion> versions(UUID id) {
    get(id, false);
    return ProgramVersion.list("programId", Sort.descending("number"), id);
  }

  @Transactional
  public ProgramDetail detail(UUID id, boolean publishedOnly) {
    return detail(get(id, publishedOnly), !publishedOnly);
  }

  public ProgramDetail detail(Program p) {
    return detail(p, true);
  }

  /** A program as shown; what was checked against a second source is for admins only. */
  public ProgramDetail detail(Program p, boolean admin) {
    JsonNode current = currentRules(p);
    BigDecimal max =
        rules.read(current).isValid()
            ? rules.read(current).orElseThrow().benefit().maximum()
            : BigDecimal.ZERO;
    return new ProgramDetail(
        p.id,
        p.code,
        p.kind.name(),
        p.title,
        p.category,
        p.department,
        p.docNumber,
        p.summary,
        p.clauseText,
        p.regionLevel.name(),
        p.districtCode,
        p.validFrom,
        p.validTo,
        p.applyOpensOn,
        p.applyDeadline,
        p.budget,
        p.exemptApplication,
        p.status.name(),
        p.rulesVersion,
        current,
        max,
        p.publishedAt,
        p.version,
        p.family,
        Program.Lifecycle.of(p.validTo, Program.today()).name(),
        p.regionName,
        p.benefitKind,
        p.benefitText,
        details(p, admin));
  }

  private static JsonNode details(Program p, boolean admin) {
    ObjectNode details = (ObjectNode) RuleBook.parse(p.details == null ? "{}" : p.details);
    if (!admin) {
      details.remove("verification");
    }
    return details;
  }

  private JsonNode currentRules(Program p) {
    return ProgramVersion.of(p.id, p.rulesVersion)
        .map(v -> RuleBook.parse(v.rules))
        .orElseGet(MAPPER::createObjectNode);
  }

  private static Program flushed(Program p) {
    Program.flush();
    return p;
  }

  private static void saveVersion(Program p, ObjectNode stored, String user) {
    ProgramVersion v = new ProgramVersion();
    v.id = UUID.randomUUID();
    v.programId = p.id;
    v.number = p.rulesVersion;
    v.rules = stored.toString();
    v.createdBy = user;
    v.persist();
  }

  private static void apply(Program p, ProgramRequest r) {
    p.kind = r.kind();
    p.title = r.title().strip();
    p.category = blankToNull(r.category());
    p.department = blankToNull(r.department());
    p.docNumber = blankToNull(r.docNumber());
    p.summary = blankToNull(r.summary());
    p.clauseText = blankToNull(r.clauseText());
    p.regionLevel = r.regionLevel() == null ? Program.RegionLevel.CITY : r.regionLevel();
    p.districtCode = p.regionLevel == Program.RegionLevel.DISTRICT ? r.districtCode() : null;
    p.validFrom = r.validFrom();
    p.validTo = r.validTo();
    p.applyOpensOn = r.applyOpensOn();
    p.applyDeadline = r.applyDeadline();
    p.budget = r.budget();
    p.exemptApplication = Boolean.TRUE.equals(r.exemptApplication());
    // Absent (an older client, the portal's editor) keeps what the program has; blank clears it.
    if (r.benefitKind() != null) {
      p.benefitKind = blankToNull(r.benefitKind());
    }
    if (r.benefitText() != null) {
      p.benefitText = blankToNull(r.benefitText());
    }
  }

  /** Field checks beyond Bean Validation: all reported in one 400. */
  private static void checkFields(ProgramRequest r) {
    List<cn.gov.huaian.zjtx.platform.problem.Problem.Violation> v = new ArrayList<>();
    if (r.code() != null && !r.code().isBlank() && !CODE.matcher(r.code().strip()).matches()) {
      v.add(violation("code", "项目编码只能包含字母、数字、点、下划线和连字符"));
    }
    if (r.kind() == Program.Kind.POLICY
        && (r.category() == null || !Program.CATEGORIES.contains(r.category()))) {
      v.add(violation("category", "政策类别应为以下之一：" + String.join("、", Program.CATEGORIES)));
    }
    if (r.kind() == Program.Kind.CERTIFICATION
        && r.category() != null
        && !r.category().isBlank()
        && !Program.CATEGORIES.contains(r.category())) {
      v.add(violation("category", "政策类别应为以下之一：" + String.join("、", Program.CATEGORIES)));
    }
    if (r.regionLevel() == Program.RegionLevel.DISTRICT
        && (r.districtCode() == null || !StandardFacts.DISTRICTS.contains(r.districtCode()))) {
      v.add(violation("districtCode", "区县级政策须填写淮安市的区县行政区划代码（如 320812）"));
    }
    if (r.validFrom() != null && r.validTo() != null && r.validFrom().isAfter(r.validTo())) {
      v.add(violation("validTo", "有效期截止日不能早于起始日"));
    }
    if (r.applyDeadline() != null
        && r.validTo() != null
        && r.applyDeadline().isAfter(r.validTo())) {
      v.add(violation("applyDeadline", "申报截止日不能晚于有效期截止日"));
    }
    if (r.applyOpensOn() != null
        && r.applyDeadline() != null
        && r.applyOpensOn().isAfter(r.applyDeadline())) {
      v.add(violation("applyOpensOn", "申报开始日不能晚于申报截止日"));
    }
    if (r.benefitKind() != null
        && !r.benefitKind().isBlank()
        && !Program.BENEFIT_KINDS.contains(r.benefitKind().strip())) {
      v.add(violation("benefitKind", "奖补方式应为以下之一：" + String.join("、", Program.BENEFIT_KINDS)));
    }
    if (Boolean.TRUE.equals(r.exemptApplication()) && r.kind() != Program.Kind.POLICY) {
      v.add(violation("exemptApplication", "只有惠企政策可以设为免申即享"));
    }
    if (!v.isEmpty()) {
      throw new ProblemException(
          400,
          "validation",
          "请求参数不合法",
          v.stream()
              .map(x -> x.field() + "：" + x.message())
              .reduce((a, b) -> a + "；" + b)
              .orElse(""),
          v);
    }
  }

  private static cn.gov.huaian.zjtx.platform.problem.Problem.Violation violation(
      String field, String message) {
    return new cn.gov.huaian.zjtx.platform.problem.Problem.Violation(field, message);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
