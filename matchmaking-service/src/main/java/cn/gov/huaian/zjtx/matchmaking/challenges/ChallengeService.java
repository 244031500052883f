package cn.gov.huaian.zjtx.matchmaking.challenges;

import cn.gov.huaian.zjtx.matchmaking.audit.AuditLog;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.BidRequest;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.BidView;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.ChallengeRequest;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.PublishRequest;
import cn.gov.huaian.zjtx.matchmaking.challenges.ChallengeDtos.ScoreRequest;
import cn.gov.huaian.zjtx.matchmaking.experts.ExpertService;
import cn.gov.huaian.zjtx.matchmaking.experts.ResearchTeam;
import cn.gov.huaian.zjtx.matchmaking.experts.University;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** 揭榜比拼: problems, bids, review scores and winners, loaded and saved under the rules. */
@ApplicationScoped
public class ChallengeService {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final CurrentUser user;
  private final ExpertService experts;
  private final AuditLog audit;

  public ChallengeService(CurrentUser user, ExpertService experts, AuditLog audit) {
    this.user = user;
    this.experts = experts;
    this.audit = audit;
  }

  @Transactional
  public Challenge publishProblem(ChallengeRequest r) {
    ChallengeRules.check(r, today()).throwIfAny();
    var c = new Challenge();
    c.id = UUID.randomUUID();
    c.listName = r.listName().strip();
    c.title = r.title().strip();
    c.description = r.description().strip();
    c.reward = r.reward();
    c.deadline = r.deadline();
    c.persist();
    audit.record(
        user.username(), "challenge.published", "challenge", c.id, Map.of("list", c.listName));
    return c;
  }

  public List<Challenge> list() {
    return Challenge.list("order by deadline, id");
  }

  @Transactional
  public ChallengeBid bid(UUID id, BidRequest r) {
    Challenge c = find(id);
    if (!ChallengeRules.acceptsBids(c.status, c.deadline, today())) {
      throw ProblemException.conflict("challenge-closed", "该题目已截止揭榜");
    }
    var v = new Violations();
    if (r == null || r.teamId() == null) {
      v.add("teamId", "须指明揭榜团队");
    }
    String proposal = r == null ? null : v.requiredText("proposal", "揭榜方案", r.proposal(), 5000);
    v.throwIfAny();
    ResearchTeam team = ResearchTeam.findById(r.teamId());
    if (team == null || !experts.canManageUniversity(team.universityId)) {
      throw ProblemException.forbidden("只能以本校科研团队的名义揭榜");
    }
    if (ChallengeBid.count("challengeId = ?1 and teamId = ?2", id, team.id) > 0) {
      throw ProblemException.conflict("duplicate-bid", "该团队已揭榜");
    }
    var b = new ChallengeBid();
    b.id = UUID.randomUUID();
    b.challengeId = id;
    b.teamId = team.id;
    b.proposal = proposal;
    b.persist();
    audit.record(
        user.username(),
        "challenge.bid",
        "challenge_bid",
        b.id,
        Map.of("challengeId", id.toString()));
    return b;
  }

  /** The bids this user may see (see {@link ChallengeRules#visibleTo}). */
  public List<BidView> bidsVisibleToCurrentUser(UUID id) {
    Challenge c = find(id);
    boolean published = c.status == Challenge.Status.PUBLISHED;
    List<ChallengeBid> all = ChallengeBid.list("challengeId = ?1 order by createdAt", c.id);
    Map<UUID, String> names = teamNames(all);
    return all.stream()
        .map(
            b ->
                ChallengeRules.visibleTo(
                    BidView.of(b, names.get(b.teamId)),
                    user.isAdmin(),
                    isOwnTeam(b.teamId),
                    published))
        .flatMap(Optional::stream)
        .toList();
  }

  /** Bids as shown, each with its team's name and university (one read for all of them). */
  public List<BidView> views(List<ChallengeBid> bids) {
    Map<UUID, String> names = teamNames(bids);
    return bids.stream().map(b -> BidView.of(b, names.get(b.teamId))).toList();
  }

  /** "团队名（高校名）" of each bid's team; a team deleted since is left out (the view says null). */
  private static Map<UUID, String> teamNames(List<ChallengeBid> bids) {
    var ids = bids.stream().map(b -> b.teamId).collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<ResearchTeam> teams = ResearchTeam.list("id in ?1", ids);
    var universities =
        University.<University>list(
                "id in ?1", teams.stream().map(t -> t.universityId).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(u -> u.id, u -> u.name));
    var names = new HashMap<UUID, String>();
    for (ResearchTeam t : teams) {
      String university = universities.get(t.universityId);
      names.put(t.id, university == null ? t.name : t.name + "（" + university + "）");
    }
    return names;
  }

  @Transactional
  public ChallengeBid score(UUID id, UUID bidId, ScoreRequest r) {
    Challenge c = find(id);
    ChallengeBid b =
        ChallengeBid.<ChallengeBid>findByIdOptional(bidId)
            .filter(x -> x.challengeId.equals(id))
            .orElseThrow(() -> ProblemException.notFound("揭榜方案"));
    if (c.status == Challenge.Status.PUBLISHED) {
      throw ProblemException.conflict("already-published", "结果已公布，不能再改分");
    }
    if (r == null || !ChallengeRules.validScore(r.score())) {
      new Violations().add("score", "评分须为 0–100，最多两位小数").throwIfAny();
    }
    b.score = r.score();
    c.status = Challenge.Status.SCORING;
    audit.record(
        user.username(), "challenge.scored", "challenge_bid", b.id, Map.of("score", r.score()));
    return b;
  }

  @Transactional
  public List<ChallengeBid> publishWinners(UUID id, PublishRequest r) {
    Challenge c = find(id);
    if (c.status == Challenge.Status.PUBLISHED) {
      throw ProblemException.conflict("already-published", "结果已公布");
    }
    List<ChallengeBid> bids = ChallengeBid.list("challengeId", id);
    if (bids.stream().anyMatch(b -> b.score == null)) {
      throw ProblemException.conflict("unscored-bids", "仍有揭榜方案未评分");
    }
    int places = r == null || r.places() == null ? 1 : r.places();
    BigDecimal pass =
        r == null || r.passMark() == null ? ChallengeRules.DEFAULT_PASS_MARK : r.passMark();
    if (places < 1 || places > 20) {
      new Violations().add("places", "获胜名额须在 1 到 20 之间").throwIfAny();
    }
    var winners =
        Winners.pick(
            bids.stream().map(b -> new Winners.Scored(b.id, b.score)).toList(), places, pass);
    for (ChallengeBid b : bids) {
      b.winner = winners.contains(b.id);
    }
    c.status = Challenge.Status.PUBLISHED;
    audit.record(
        user.username(),
        "challenge.winners-published",
        "challenge",
        c.id,
        Map.of("winners", winners.size()));
    return bids.stream().filter(b -> b.winner).toList();
  }

  private boolean isOwnTeam(UUID teamId) {
    if (user.isAdmin()) {
      return true;
    }
    ResearchTeam t = ResearchTeam.findById(teamId);
    return t != null && experts.canManageUniversity(t.universityId);
  }

  private static Challenge find(UUID id) {
    return Challenge.<Challenge>findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("揭榜题目"));
  }

  private static LocalDate today() {
    return LocalDate.now(SHANGHAI);
  }
}
