package cn.gov.huaian.zjtx.matchmaking.imports;

import cn.gov.huaian.zjtx.matchmaking.audit.AuditLog;
import cn.gov.huaian.zjtx.matchmaking.enterprises.KnownEnterprises;
import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.experts.ExpertRules;
import cn.gov.huaian.zjtx.matchmaking.experts.ResearchTeam;
import cn.gov.huaian.zjtx.matchmaking.experts.TeamRequest;
import cn.gov.huaian.zjtx.matchmaking.experts.TeamRules;
import cn.gov.huaian.zjtx.matchmaking.experts.University;
import cn.gov.huaian.zjtx.matchmaking.experts.UniversityRequest;
import cn.gov.huaian.zjtx.matchmaking.experts.UniversityRules;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeedRules;
import cn.gov.huaian.zjtx.matchmaking.search.DocKind;
import cn.gov.huaian.zjtx.matchmaking.search.IndexQueue;
import cn.gov.huaian.zjtx.platform.problem.Problem;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes one parsed import row, in the caller's transaction, idempotent on its natural key: a
 * university by its name as {@link UniversityNames#key} compares names (or a confirmed alias), a
 * team by university and name, an expert by university, name and college, a need by enterprise and
 * title. What exists is updated (unchanged when nothing differs: no new version, no reindex); what
 * does not is created. A university name that only looks like a registered one is asked about
 * unless the admin already answered ({@link Answer}).
 */
@ApplicationScoped
public class ImportWriter {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final EntityManager em;
  private final IndexQueue index;
  private final AuditLog audit;
  private final KnownEnterprises enterprises;

  public ImportWriter(
      EntityManager em, IndexQueue index, AuditLog audit, KnownEnterprises enterprises) {
    this.em = em;
    this.index = index;
    this.audit = audit;
    this.enterprises = enterprises;
  }

  /** What became of a row. */
  public enum Status {
    CREATED,
    UPDATED,
    UNCHANGED,
    FAILED,
    CONFIRM
  }

  /** The admin's answer to “疑似同一单位”: the same university, or another one. */
  public enum Answer {
    SAME,
    DIFFERENT
  }

  /**
   * What became of a row, a message for people (null when nothing to say) and, for a question, the
   * registered university it looks like.
   */
  public record Outcome(
      Status status, String column, String message, UUID candidateId, String candidateName) {
    static Outcome of(Status status) {
      return new Outcome(status, null, null, null, null);
    }

    static Outcome failed(String column, String message) {
      return new Outcome(Status.FAILED, column, message, null, null);
    }
  }

  /** The index of registered universities and confirmed aliases, as an import starts. */
  @Transactional
  @SuppressWarnings("unchecked")
  public UniversityIndex universities() {
    List<University> all = University.listAll();
    Map<String, UUID> aliases = new java.util.HashMap<>();
    for (Object[] r :
        (List<Object[]>)
            em.createNativeQuery("select alias_key, university_id from university_alias")
                .getResultList()) {
      aliases.put((String) r[0], (UUID) r[1]);
    }
    return new UniversityIndex(
        all.stream().map(u -> new UniversityIndex.Entry(u.id, u.name)).toList(), aliases);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Outcome university(
      ImportRows.UniversityRow row,
      UniversityIndex known,
      Answer answer,
      String column,
      String actor) {
    UniversityRequest r = row.university();
    var lookup = answered(r.name(), known, answer, actor);
    if (lookup instanceof UniversityIndex.LookAlike like && answer == null) {
      return ask(column, r.name(), like);
    }
    if (lookup instanceof UniversityIndex.Found found) {
      University u = University.findById(found.university().id());
      String before = u.city + "|" + u.province;
      // The registered name stays: the row may write it with other brackets or spaces, or be an
      // alias the admin confirmed.
      UniversityRules.apply(new UniversityRequest(u.name, r.city(), r.province()), u);
      if (before.equals(u.city + "|" + u.province)) {
        return Outcome.of(Status.UNCHANGED);
      }
      u.updatedAt = Instant.now();
      for (Expert e : Expert.<Expert>list("universityId", u.id)) {
        if (e.inHuaian != u.inHuaian || e.inJiangsu != u.inJiangsu) {
          e.inHuaian = u.inHuaian;
          e.inJiangsu = u.inJiangsu;
          index.enqueue(DocKind.EXPERT, e.id);
        }
      }
      audit.record(actor, "university.imported", "university", u.id, Map.of("change", "updated"));
      return Outcome.of(Status.UPDATED);
    }
    if (University.count("name", r.name().strip()) > 0) {
      return Outcome.failed(column, "高校“" + r.name() + "”已登记");
    }
    var u = new University();
    u.id = UUID.randomUUID();
    UniversityRules.apply(r, u);
    u.persist();
    known.add(new UniversityIndex.Entry(u.id, u.name));
    audit.record(actor, "university.imported", "university", u.id, Map.of("change", "created"));
    return Outcome.of(Status.CREATED);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Outcome team(
      ImportRows.TeamRow row,
      UniversityIndex known,
      Answer answer,
      ImportFile.Table table,
      String actor) {
    var university = resolve(row.university(), known, answer, table.header("university"), actor);
    if (university.outcome() != null) {
      return university.outcome();
    }
    UUID universityId = university.id();
    UUID leaderId = null;
    if (row.leader() != null) {
      List<Expert> named =
          Expert.list("universityId = ?1 and name = ?2", universityId, row.leader().strip());
      if (named.size() != 1) {
        return Outcome.failed(
            table.header("leader"),
            named.isEmpty()
                ? "团队负责人“" + row.leader() + "”不是该校已登记的专家（请先导入专家，或留空）"
                : "该校有多位名为“" + row.leader() + "”的专家，无法确定团队负责人");
      }
      leaderId = named.getFirst().id;
    }
    TeamRequest r = row.team();
    var request = new TeamRequest(r.name(), r.description(), leaderId, r.disciplines());
    ResearchTeam team = teamNamed(universityId, r.name());
    boolean fresh = team == null;
    if (fresh) {
      team = new ResearchTeam();
      team.id = UUID.randomUUID();
      team.universityId = universityId;
    }
    String before = fresh ? null : signature(team);
    TeamRules.apply(request, team, id -> true);
    ResearchTeam t = team;
    Status status = store(team, before, signature(team), () -> t.updatedAt = Instant.now());
    if (status == Status.UNCHANGED) {
      return Outcome.of(status);
    }
    audit.record(
        actor, "team.imported", "research_team", team.id, Map.of("change", change(status)));
    return Outcome.of(status);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Outcome expert(
      ImportRows.ExpertRow row,
      UniversityIndex known,
      Answer answer,
      ImportFile.Table table,
      String actor) {
    var university = resolve(row.university(), known, answer, table.header("university"), actor);
    if (university.outcome() != null) {
      return university.outcome();
    }
    UUID universityId = university.id();
    UUID teamId = null;
    if (row.team() != null) {
      ResearchTeam team = teamNamed(universityId, row.team());
      teamId = team == null ? null : team.id;
      if (teamId == null) {
        return Outcome.failed(table.header("team"), "科研团队“" + row.team() + "”未在该校登记（请先导入团队，或留空）");
      }
    }
    var r = row.expert();
    String name = r.name().strip();
    String college = r.college() == null ? null : r.college().strip();
    List<Expert> named = Expert.list("universityId = ?1 and name = ?2", universityId, name);
    Expert e;
    if (college == null) {
      if (named.size() > 1) {
        return Outcome.failed(table.header("college"), "该校有多位名为“" + name + "”的专家，请填写学院以区分");
      }
      e = named.isEmpty() ? null : named.getFirst();
    } else {
      e = named.stream().filter(x -> college.equals(x.college)).findFirst().orElse(null);
      if (e == null) {
        // The same person registered without a college: this row names it now.
        var withoutCollege = named.stream().filter(x -> x.college == null).toList();
        e = withoutCollege.size() == 1 ? withoutCollege.getFirst() : null;
      }
    }
    boolean fresh = e == null;
    if (fresh) {
      e = new Expert();
      e.id = UUID.randomUUID();
      e.universityId = universityId;
    }
    String before = fresh ? null : signature(e);
    ExpertRules.apply(r, e);
    e.teamId = teamId;
    University u = University.findById(universityId);
    e.inHuaian = u.inHuaian;
    e.inJiangsu = u.inJiangsu;
    Expert x = e;
    Status status = store(e, before, signature(e), () -> x.updatedAt = Instant.now());
    if (status == Status.UNCHANGED) {
      return Outcome.of(status);
    }
    index.enqueue(DocKind.EXPERT, e.id);
    audit.record(actor, "expert.imported", "expert", e.id, Map.of("change", change(status)));
    return Outcome.of(status);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Outcome need(ImportRows.NeedRow row, ImportFile.Table table, String actor) {
    var ref = row.enterprise();
    UUID enterprise = null;
    String column = null;
    // Each way the row names the firm must find it, and all of them the same one.
    for (String field : List.of("enterpriseId", "creditCode", "enterpriseName")) {
      java.util.Optional<UUID> found;
      switch (field) {
        case "enterpriseId" -> {
          if (ref.id() == null) {
            continue;
          }
          found =
              enterprises.exists(ref.id())
                  ? java.util.Optional.of(ref.id())
                  : java.util.Optional.empty();
        }
        case "creditCode" -> {
          if (ref.creditCode() == null) {
            continue;
          }
          found = enterprises.byCreditCode(ref.creditCode());
        }
        default -> {
          if (ref.name() == null) {
            continue;
          }
          found = enterprises.byName(ref.name());
        }
      }
      if (found.isEmpty()) {
        return Outcome.failed(table.header(field), unknownEnterprise(field, ref));
      }
      if (enterprise != null && !enterprise.equals(found.get())) {
        return Outcome.failed(
            table.header(field),
            "“" + table.header(column) + "”与“" + table.header(field) + "”指向不同的企业，请核对");
      }
      enterprise = found.get();
      column = field;
    }
    if (enterprise == null) {
      return Outcome.failed(null, "须填写企业编号、统一社会信用代码或企业名称之一");
    }
    var r = row.need();
    String key = UniversityNames.key(r.title());
    final UUID owner = enterprise;
    List<TechNeed> same =
        TechNeed.<TechNeed>list("enterpriseId", owner).stream()
            .filter(n -> UniversityNames.key(n.title).equals(key))
            .toList();
    if (same.size() > 1) {
      return Outcome.failed(table.header("title"), "该企业有多条同名需求“" + r.title() + "”，无法确定更新哪一条");
    }
    TechNeed need = same.isEmpty() ? null : same.getFirst();
    boolean fresh = need == null;
    if (fresh) {
      need = new TechNeed();
      need.id = UUID.randomUUID();
      need.enterpriseId = owner;
    }
    String before = fresh ? null : signature(need);
    try {
      TechNeedRules.apply(r, need, LocalDate.now(SHANGHAI));
    } catch (ProblemException p) {
      var v = p.violations().isEmpty() ? null : p.violations().getFirst();
      return Outcome.failed(
          v == null ? null : table.header(base(v)),
          String.join("；", p.violations().stream().map(Problem.Violation::message).toList()));
    }
    TechNeed n = need;
    Status status = store(need, before, signature(need), () -> n.updatedAt = Instant.now());
    if (status == Status.UNCHANGED) {
      return Outcome.of(status);
    }
    index.enqueue(DocKind.NEED, need.id);
    audit.record(
        actor,
        "need.imported",
        "tech_need",
        need.id,
        Map.of("enterpriseId", owner.toString(), "change", change(status)));
    return Outcome.of(status);
  }

  private static String unknownEnterprise(String field, ImportRows.EnterpriseRef ref) {
    return switch (field) {
      case "enterpriseId" -> "企业编号 " + ref.id() + " 在平台企业库中不存在（或尚未同步到本服务）";
      case "creditCode" -> "统一社会信用代码 " + ref.creditCode() + " 在平台企业库中不存在（或尚未同步到本服务）";
      default -> "平台企业库中没有名为“" + ref.name() + "”的企业（或有多家同名，请改填统一社会信用代码）";
    };
  }

  private static String base(Problem.Violation v) {
    int cut = v.field().indexOf('[');
    return cut < 0 ? v.field() : v.field().substring(0, cut);
  }

  /** A university a team or expert row names: its id, or what to answer instead of writing. */
  private record Resolved(UUID id, Outcome outcome) {}

  private Resolved resolve(
      String name, UniversityIndex known, Answer answer, String column, String actor) {
    var lookup = answered(name, known, answer, actor);
    if (lookup instanceof UniversityIndex.Found f) {
      return new Resolved(f.university().id(), null);
    }
    if (lookup instanceof UniversityIndex.LookAlike like) {
      if (answer == null) {
        return new Resolved(null, ask(column, name, like));
      }
      return new Resolved(
          null, Outcome.failed(column, "高校“" + name + "”尚未登记（已确认不是" + like.names() + "），请先导入该高校"));
    }
    return new Resolved(null, Outcome.failed(column, "高校“" + name + "”尚未登记，请先导入高校"));
  }

  /**
   * How a name stands among the registered universities once the admin's answer is taken: a
   * look-alike answered SAME is recorded as an alias and found.
   */
  private UniversityIndex.Lookup answered(
      String name, UniversityIndex known, Answer answer, String actor) {
    var lookup = known.find(name);
    if (lookup instanceof UniversityIndex.LookAlike like && answer == Answer.SAME) {
      alias(name, like.first(), known, actor);
      return new UniversityIndex.Found(like.first());
    }
    return lookup;
  }

  /** The university's team of that name (as {@link UniversityNames#key} compares), or null. */
  private static ResearchTeam teamNamed(UUID universityId, String name) {
    String key = UniversityNames.key(name);
    return ResearchTeam.<ResearchTeam>list("universityId", universityId).stream()
        .filter(t -> UniversityNames.key(t.name).equals(key))
        .findFirst()
        .orElse(null);
  }

  /**
   * Persists a new entity ({@code before} null) or dates a changed one: CREATED, UPDATED, or
   * UNCHANGED when its signature did not change.
   */
  private static Status store(
      PanacheEntityBase entity, String before, String after, Runnable touch) {
    if (before == null) {
      entity.persist();
      return Status.CREATED;
    }
    if (before.equals(after)) {
      return Status.UNCHANGED;
    }
    touch.run();
    return Status.UPDATED;
  }

  private static String change(Status status) {
    return status == Status.CREATED ? "created" : "updated";
  }

  private static Outcome ask(String column, String name, UniversityIndex.LookAlike like) {
    return new Outcome(
        Status.CONFIRM,
        column,
        "疑似同一单位，请确认：“"
            + name
            + "”与已登记的"
            + like.names()
            + "名称相近。"
            + "是同一单位请答 SAME（记为别名，以后自动对应），不是请答 DIFFERENT",
        like.first().id(),
        like.first().name());
  }

  private void alias(
      String name, UniversityIndex.Entry university, UniversityIndex known, String actor) {
    em.createNativeQuery(
            "insert into university_alias (alias_key, university_id, created_by) values (?1, ?2, ?3)"
                + " on conflict (alias_key) do update set university_id = excluded.university_id")
        .setParameter(1, UniversityNames.key(name))
        .setParameter(2, university.id())
        .setParameter(3, actor)
        .executeUpdate();
    known.alias(name, university);
    audit.record(actor, "university.alias", "university", university.id(), Map.of("alias", name));
  }

  static String signature(ResearchTeam t) {
    return String.join(
        "\u0001",
        t.name,
        Objects.toString(t.description),
        Objects.toString(t.leaderId),
        t.disciplines.toString());
  }

  static String signature(Expert e) {
    return String.join(
        "\u0001",
        e.name,
        Objects.toString(e.college),
        Objects.toString(e.title),
        Objects.toString(e.researchDirections),
        e.disciplines.toString(),
        e.clusters.toString(),
        e.achievements.toString(),
        Integer.toString(e.capacity),
        Boolean.toString(e.willingVicePresident),
        Objects.toString(e.industryExperience),
        Objects.toString(e.teamId),
        Boolean.toString(e.inHuaian),
        Boolean.toString(e.inJiangsu));
  }

  static String signature(TechNeed n) {
    return String.join(
        "\u0001",
        n.title,
        n.publicSummary,
        Objects.toString(n.description),
        Objects.toString(n.privateDetail),
        n.nsfcCodes.toString(),
        Objects.toString(n.industryCode),
        Objects.toString(n.cluster),
        n.cooperationMode.name(),
        n.budgetMin == null ? "" : n.budgetMin.stripTrailingZeros().toPlainString(),
        n.budgetMax == null ? "" : n.budgetMax.stripTrailingZeros().toPlainString(),
        Objects.toString(n.deadline),
        n.regionPreference.name(),
        n.status.name());
  }
}
