package cn.gov.huaian.zjtx.matchmaking.ranking;

import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.experts.ExpertService;
import cn.gov.huaian.zjtx.matchmaking.needs.NeedAccess;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * 匹配与检索 REST API, both sides: experts for a need (its enterprise), needs for an expert (the expert,
 * its university), needs for all of a university's experts, and free-text search.
 */
@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class MatchResource {
  /** Free text up to this many characters (a need pasted whole); GET carries less, see below. */
  public static final int QUERY_MAX = 2000;

  private static final String CURSOR_DOC =
      "上一页结果中的 nextCursor（原样传回）；不传则为第一页 / the previous page's nextCursor, absent for the first page";
  private static final int UNIVERSITY_EXPERTS_MAX = 50;
  private final MatchService matches;
  private final NeedAccess needAccess;
  private final ExpertService experts;
  private final CurrentUser user;

  public MatchResource(
      MatchService matches, NeedAccess needAccess, ExpertService experts, CurrentUser user) {
    this.matches = matches;
    this.needAccess = needAccess;
    this.experts = experts;
    this.user = user;
  }

  @GET
  @Path("/needs/{id}/experts")
  @Operation(summary = "为需求推荐专家（含解释） / Ranked experts for a need, each with its explanation")
  public MatchResult expertsForNeed(
      @PathParam("id") UUID id,
      @BeanParam @Valid RankedPage page,
      @QueryParam("mode") String mode) {
    return expertsForNeed(id, page.size, page.cursor, stage(mode));
  }

  private MatchResult expertsForNeed(UUID id, int size, String cursor, Reranker.Stage stage) {
    TechNeed need = TechNeed.findById(id);
    if (need == null || !needAccess.canSee(need)) {
      throw ProblemException.notFound("技术需求");
    }
    if (!needAccess.canManage(need)) {
      throw ProblemException.forbidden("只有需求所属企业、其服务专员或管理员可以查看推荐专家");
    }
    return matches.expertsForNeed(need, size, cursor, stage);
  }

  /** The size (1–100, default 20) and cursor of a page of a ranked list. */
  public static class RankedPage {
    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "条数至少为 1")
    @Max(value = 100, message = "条数不能超过 100")
    public int size;

    @QueryParam("cursor")
    @Parameter(description = CURSOR_DOC)
    public String cursor;
  }

  /** How many of the best to show: 1–50, default 10. */
  public static class TopSize {
    @QueryParam("size")
    @DefaultValue("10")
    @Min(value = 1, message = "条数至少为 1")
    @Max(value = 50, message = "条数不能超过 50")
    public int size;
  }

  /**
   * The diagnostic {@code mode} (bm25 | vector | hybrid | full): which stage of the pipeline orders
   * the results. Anything but the full pipeline is for admins only.
   */
  private Reranker.Stage stage(String mode) {
    if (mode == null || mode.isBlank()) {
      return Reranker.Stage.FULL;
    }
    Reranker.Stage stage =
        switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "bm25" -> Reranker.Stage.BM25;
          case "vector" -> Reranker.Stage.VECTOR;
          case "hybrid" -> Reranker.Stage.HYBRID;
          case "full" -> Reranker.Stage.FULL;
          default -> throw ProblemException.invalid("mode", "诊断模式只能是 bm25、vector、hybrid 或 full");
        };
    if (stage != Reranker.Stage.FULL && !user.isAdmin()) {
      throw ProblemException.forbidden("诊断模式（mode）仅限管理员使用");
    }
    return stage;
  }

  /** A team ranked for a need by its best-ranked members. */
  public record TeamMatch(
      UUID teamId, String name, UUID universityId, double score, List<Match> members) {}

  /** Teams for a need, and whether the ranking came from the degraded path. */
  public record TeamMatches(List<TeamMatch> items, boolean degraded) {}

  @GET
  @Path("/needs/{id}/teams")
  @Operation(summary = "为需求推荐科研团队（按成员匹配度汇总） / Research teams ranked for a need by their members")
  public TeamMatches teamsForNeed(@PathParam("id") UUID id, @BeanParam @Valid TopSize top) {
    int size = top.size;
    MatchResult experts = expertsForNeed(id, 100, null, Reranker.Stage.FULL);
    Map<UUID, List<Match>> byTeam = new HashMap<>();
    Map<UUID, UUID> teamOf = new HashMap<>();
    for (Match m : experts.items()) {
      Expert e = Expert.findById(m.id());
      if (e != null && e.teamId != null) {
        byTeam.computeIfAbsent(e.teamId, t -> new ArrayList<>()).add(m);
        teamOf.put(m.id(), e.teamId);
      }
    }
    var teams = new ArrayList<TeamMatch>();
    for (var entry : byTeam.entrySet()) {
      var team =
          cn.gov.huaian.zjtx.matchmaking.experts.ResearchTeam
              .<cn.gov.huaian.zjtx.matchmaking.experts.ResearchTeam>findById(entry.getKey());
      if (team == null) {
        continue;
      }
      List<Match> members = entry.getValue();
      // Best member counts fully, the next ones add a little: a team of two strong experts beats
      // one.
      double score = 0;
      for (int i = 0; i < members.size(); i++) {
        score += members.get(i).score() / (i + 1.0) / (i == 0 ? 1 : 2);
      }
      teams.add(
          new TeamMatch(
              team.id, team.name, team.universityId, Math.round(score * 10000) / 10000.0, members));
    }
    teams.sort(Comparator.comparingDouble(TeamMatch::score).reversed());
    return new TeamMatches(teams.stream().limit(size).toList(), experts.degraded());
  }

  @GET
  @Path("/experts/{id}/needs")
  @Operation(summary = "为专家推荐需求（专家本人、所在高校或管理员） / Ranked open needs for an expert")
  public MatchResult needsForExpert(@PathParam("id") UUID id, @BeanParam @Valid RankedPage page) {
    Expert expert = Expert.findById(id);
    if (expert == null) {
      throw ProblemException.notFound("专家");
    }
    if (!experts.canManage(expert)) {
      throw ProblemException.forbidden("只能查看本人或本校专家的匹配结果");
    }
    return matches.needsForExpert(expert, page.size, page.cursor);
  }

  /**
   * A university's view: for each of its experts the top needs, and the needs overall (best score
   * over its experts).
   */
  public record UniversityMatches(
      List<ExpertMatches> byExpert, List<Match> overall, boolean degraded) {}

  /** One expert's top needs. */
  public record ExpertMatches(UUID expertId, String name, List<Match> matches) {}

  @GET
  @Path("/universities/{id}/needs")
  @Operation(
      summary = "本校专家的需求匹配（逐个专家与汇总） / Needs ranked for each of a university's experts and overall")
  public UniversityMatches forUniversity(@PathParam("id") UUID id, @BeanParam @Valid TopSize top) {
    int size = top.size;
    if (!experts.canManageUniversity(id)) {
      throw ProblemException.forbidden("只能查看本校专家的匹配结果");
    }
    List<Expert> own =
        Expert.<Expert>find("universityId = ?1 order by name, id", id)
            .page(0, UNIVERSITY_EXPERTS_MAX)
            .list();
    var byExpert = new ArrayList<ExpertMatches>();
    Map<UUID, Match> best = new HashMap<>();
    boolean degraded = false;
    for (Expert e : own) {
      MatchResult r = matches.needsForExpert(e, size);
      degraded |= r.degraded();
      byExpert.add(new ExpertMatches(e.id, e.name, r.items()));
      for (Match m : r.items()) {
        best.merge(m.id(), m, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    var overall =
        best.values().stream()
            .sorted(Comparator.comparingDouble(Match::score).reversed())
            .limit(size)
            .toList();
    var ranked = new ArrayList<Match>();
    for (int i = 0; i < overall.size(); i++) {
      Match m = overall.get(i);
      ranked.add(new Match(m.id(), m.label(), i + 1, m.score(), m.explanation()));
    }
    return new UniversityMatches(byExpert, ranked, degraded);
  }

  @GET
  @Path("/search/experts")
  @Operation(
      summary = "全文检索专家（中文分词+同义词+语义；长文本请用 POST） / Free-text expert search; long text: use POST")
  public MatchResult searchExperts(
      @QueryParam("q") String q,
      @BeanParam @Valid RankedPage page,
      @QueryParam("mode") String mode) {
    return matches.searchExperts(checked(q), page.size, page.cursor, stage(mode));
  }

  /**
   * A free-text search in a JSON body: what a GET cannot carry (a need of up to {@value #QUERY_MAX}
   * characters is up to 18 KB once percent-encoded, beyond the 4 KB request line the HTTP servers
   * accept).
   *
   * @param q the text, 1–2,000 characters
   * @param size results per page, 1–100 (default 20)
   * @param cursor the previous page's {@code nextCursor}; absent for the first page
   * @param mode bm25 | vector | hybrid | full (admins only; default full)
   */
  public record SearchRequest(String q, Integer size, String cursor, String mode) {}

  @POST
  @Path("/search/experts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "全文检索专家（请求体，检索词至多 2000 字，适合粘贴整段需求） / Free-text expert search with the text in the body (up to 2,000 characters)")
  public MatchResult searchExpertsByBody(SearchRequest body) {
    SearchRequest r = body(body);
    return matches.searchExperts(checked(r.q()), size(r.size()), r.cursor(), stage(r.mode()));
  }

  @GET
  @Path("/search/needs")
  // Needs are searched by those who answer them; an enterprise does not browse other firms'
  // problems.
  @RolesAllowed({"university", "expert", "commissioner", "admin"})
  @Operation(
      summary = "全文检索开放需求（仅公开字段；高校、专家、专员、管理员） / Free-text search of open needs, public fields only")
  public MatchResult searchNeeds(@QueryParam("q") String q, @BeanParam @Valid RankedPage page) {
    return matches.searchNeeds(checked(q), page.size, page.cursor);
  }

  @POST
  @Path("/search/needs")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"university", "expert", "commissioner", "admin"})
  @Operation(
      summary =
          "全文检索开放需求（请求体，检索词至多 2000 字；仅公开字段） / Free-text search of open needs with the text in the body")
  public MatchResult searchNeedsByBody(SearchRequest body) {
    SearchRequest r = body(body);
    if (r.mode() != null) {
      throw ProblemException.invalid("mode", "需求检索没有诊断模式（mode）");
    }
    return matches.searchNeeds(checked(r.q()), size(r.size()), r.cursor());
  }

  private static SearchRequest body(SearchRequest body) {
    if (body == null) {
      throw ProblemException.invalid("body", "请求体不能为空，应为 {\"q\": \"检索词\"}");
    }
    return body;
  }

  private static int size(Integer size) {
    if (size == null) {
      return 20;
    }
    if (size < 1 || size > 100) {
      throw ProblemException.invalid("size", "每页条数须在 1 到 100 之间");
    }
    return size;
  }

  /** The query text: required, at most {@value #QUERY_MAX} characters, no control characters. */
  static String checked(String q) {
    var v = new Violations();
    String text = v.requiredText("q", "检索词", q, QUERY_MAX);
    v.throwIfAny();
    return text;
  }
}
