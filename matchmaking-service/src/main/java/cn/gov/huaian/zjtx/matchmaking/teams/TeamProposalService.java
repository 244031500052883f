package cn.gov.huaian.zjtx.matchmaking.teams;

import cn.gov.huaian.zjtx.matchmaking.cooperation.CooperationRecord;
import cn.gov.huaian.zjtx.matchmaking.experts.Expert;
import cn.gov.huaian.zjtx.matchmaking.experts.ResearchTeam;
import cn.gov.huaian.zjtx.matchmaking.experts.University;
import cn.gov.huaian.zjtx.matchmaking.needs.TechNeed;
import cn.gov.huaian.zjtx.matchmaking.ranking.Match;
import cn.gov.huaian.zjtx.matchmaking.ranking.MatchResult;
import cn.gov.huaian.zjtx.matchmaking.ranking.MatchService;
import cn.gov.huaian.zjtx.matchmaking.text.Embedder;
import cn.gov.huaian.zjtx.matchmaking.text.Fillers;
import cn.gov.huaian.zjtx.matchmaking.text.Segmenter;
import cn.gov.huaian.zjtx.matchmaking.text.Synonyms;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Feeds {@link TeamComposer}: the need's facets ({@link FacetDetector} on HanLP tokens), its ranked
 * experts and their registered teammates as candidates, a score per facet (keyword overlap with
 * synonyms and the BGE cosine of the facet to the expert's stored vector, normalised over the
 * candidates), remaining capacity (capacity − active cooperations) and who already worked with whom
 * (same registered team, an achievement with the same title, cooperations on the same need).
 */
@ApplicationScoped
public class TeamProposalService {
  private static final int TEAMMATES_OF_TOP = 10;
  private static final int TEAMMATES_MAX = 8;
  private final MatchService matches;
  private final TeamsConfig config;

  public TeamProposalService(MatchService matches, TeamsConfig config) {
    this.matches = matches;
    this.config = config;
  }

  public TeamProposal propose(TechNeed need, int maxMembers, int maxUniversities) {
    var detector = new FacetDetector(TeamProposalService::contentWords);
    List<TeamComposer.Facet> facets =
        detector.detect(need.title, need.publicSummary + "。" + nz(need.description));
    MatchResult ranked = matches.expertsForNeed(need, config.candidates());
    Map<UUID, Double> relevance = new LinkedHashMap<>();
    for (Match m : ranked.items()) {
      relevance.put(m.id(), m.score());
    }
    Data d = QuarkusTransaction.requiringNew().call(() -> load(relevance.keySet(), ranked));
    List<TeamComposer.Candidate> candidates = candidates(facets, d, relevance);
    var settings =
        new TeamComposer.Settings(
                4,
                2,
                config.coverThreshold(),
                config.linkBonus(),
                TeamComposer.Settings.DEFAULT.memberCost(),
                TeamComposer.Settings.DEFAULT.universityCost(),
                TeamComposer.Settings.DEFAULT.perFacet())
            .with(maxMembers, maxUniversities);
    TeamComposer.Proposal p = new TeamComposer(settings).compose(facets, candidates, d.links);
    return view(need, p, d, ranked.degraded());
  }

  /** Experts, teams, universities, active cooperations and links, read in one transaction. */
  private record Data(
      Map<UUID, Expert> experts,
      Map<UUID, ResearchTeam> teams,
      Map<UUID, String> universities,
      Map<UUID, Integer> active,
      List<TeamComposer.Link> links) {}

  private Data load(Set<UUID> ranked, MatchResult result) {
    Map<UUID, Expert> experts = new LinkedHashMap<>();
    if (!ranked.isEmpty()) {
      for (Expert e : Expert.<Expert>list("id in ?1", ranked)) {
        experts.put(e.id, e);
      }
    }
    // Registered teams of the best-ranked experts are candidates whole: their teammates join.
    Set<UUID> teamIds = new HashSet<>();
    int seen = 0;
    for (Match m : result.items()) {
      Expert e = experts.get(m.id());
      if (e != null && e.teamId != null && seen < TEAMMATES_OF_TOP) {
        teamIds.add(e.teamId);
      }
      seen++;
    }
    if (!teamIds.isEmpty()) {
      for (Expert e :
          Expert.<Expert>find("teamId in ?1 order by id", teamIds)
              .page(0, TEAMMATES_MAX * 4)
              .list()) {
        experts.putIfAbsent(e.id, e);
      }
    }
    Set<UUID> allTeams = new HashSet<>();
    Set<UUID> unis = new HashSet<>();
    experts
        .values()
        .forEach(
            e -> {
              if (e.teamId != null) {
                allTeams.add(e.teamId);
              }
              unis.add(e.universityId);
            });
    Map<UUID, ResearchTeam> teams = new HashMap<>();
    if (!allTeams.isEmpty()) {
      ResearchTeam.<ResearchTeam>list("id in ?1", allTeams).forEach(t -> teams.put(t.id, t));
    }
    Map<UUID, String> universities = new HashMap<>();
    if (!unis.isEmpty()) {
      University.<University>list("id in ?1", unis).forEach(u -> universities.put(u.id, u.name));
    }
    Map<UUID, Integer> active = new HashMap<>();
    Map<UUID, Set<UUID>> expertsByNeed = new HashMap<>();
    if (!experts.isEmpty()) {
      for (CooperationRecord c :
          CooperationRecord.<CooperationRecord>list("expertId in ?1", experts.keySet())) {
        if (c.status == CooperationRecord.Status.ACTIVE) {
          active.merge(c.expertId, 1, Integer::sum);
        }
        expertsByNeed.computeIfAbsent(c.needId, k -> new HashSet<>()).add(c.expertId);
      }
    }
    return new Data(experts, teams, universities, active, links(experts, teams, expertsByNeed));
  }

  /** Same registered team; an achievement of the same title (共同成果); a cooperation on one need. */
  static List<TeamComposer.Link> links(
      Map<UUID, Expert> experts,
      Map<UUID, ResearchTeam> teams,
      Map<UUID, Set<UUID>> expertsByNeed) {
    var links = new ArrayList<TeamComposer.Link>();
    var done = new HashSet<String>();
    List<Expert> list = new ArrayList<>(experts.values());
    Map<String, List<UUID>> byTitle = new HashMap<>();
    for (Expert e : list) {
      for (Expert.Achievement a : e.achievements) {
        if (a.title() != null && a.title().strip().length() >= 6) {
          byTitle.computeIfAbsent(a.title().strip(), k -> new ArrayList<>()).add(e.id);
        }
      }
    }
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        Expert a = list.get(i);
        Expert b = list.get(j);
        if (a.teamId != null && a.teamId.equals(b.teamId)) {
          ResearchTeam t = teams.get(a.teamId);
          add(links, done, a.id, b.id, TeamComposer.LinkKind.SAME_TEAM, t == null ? null : t.name);
        }
      }
    }
    byTitle.forEach(
        (title, ids) ->
            pairs(ids, (x, y) -> add(links, done, x, y, TeamComposer.LinkKind.CO_AUTHORED, title)));
    // The need itself may be another firm's private need: its title is not shown.
    expertsByNeed
        .values()
        .forEach(
            ids ->
                pairs(
                    new ArrayList<>(ids),
                    (x, y) -> add(links, done, x, y, TeamComposer.LinkKind.CO_OPERATED, null)));
    return links;
  }

  private static void pairs(List<UUID> ids, java.util.function.BiConsumer<UUID, UUID> each) {
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (!ids.get(i).equals(ids.get(j))) {
          each.accept(ids.get(i), ids.get(j));
        }
      }
    }
  }

  private static void add(
      List<TeamComposer.Link> links,
      Set<String> done,
      UUID a,
      UUID b,
      TeamComposer.LinkKind kind,
      String detail) {
    String key = (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a) + "|" + kind;
    if (done.add(key)) {
      links.add(new TeamComposer.Link(a, b, kind, detail));
    }
  }

  /** Each candidate's score per facet and the words of its profile that answer it. */
  private List<TeamComposer.Candidate> candidates(
      List<TeamComposer.Facet> facets, Data d, Map<UUID, Double> relevance) {
    List<Expert> experts = new ArrayList<>(d.experts.values());
    Map<UUID, Set<String>> words = new HashMap<>();
    for (Expert e : experts) {
      words.put(e.id, new HashSet<>(contentWords(e.matchText())));
    }
    Map<UUID, Map<String, Double>> scores = new HashMap<>();
    Map<UUID, Map<String, String>> evidence = new HashMap<>();
    double top = relevance.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    for (TeamComposer.Facet f : facets) {
      List<String> facetWords = contentWords(f.label());
      float[] q = Embedder.shared().embedQuery(f.label());
      double[] cos = new double[experts.size()];
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (int i = 0; i < experts.size(); i++) {
        float[] v = experts.get(i).embedding;
        cos[i] = v == null || q == null ? 0 : Embedder.cosine(q, v);
        min = Math.min(min, cos[i]);
        max = Math.max(max, cos[i]);
      }
      for (int i = 0; i < experts.size(); i++) {
        Expert e = experts.get(i);
        double lex = overlap(facetWords, words.get(e.id));
        double cosN = max - min < 1e-9 ? 0 : (cos[i] - min) / (max - min);
        double s = config.lexicalWeight() * lex + (1 - config.lexicalWeight()) * cosN;
        double rel = top <= 0 ? 0 : Math.max(0, relevance.getOrDefault(e.id, 0.0)) / top;
        s *= 1 - config.relevanceWeight() + config.relevanceWeight() * rel;
        scores.computeIfAbsent(e.id, k -> new HashMap<>()).put(f.id(), s);
        evidence.computeIfAbsent(e.id, k -> new HashMap<>()).put(f.id(), evidence(e, f.label()));
      }
    }
    var out = new ArrayList<TeamComposer.Candidate>();
    for (Expert e : experts) {
      out.add(
          new TeamComposer.Candidate(
              e.id,
              e.name,
              e.universityId,
              e.capacity - d.active.getOrDefault(e.id, 0),
              relevance.getOrDefault(e.id, 0.0),
              scores.get(e.id),
              evidence.get(e.id)));
    }
    return out;
  }

  /** Share of the facet's words (or a synonym of each) found in the expert's words. */
  static double overlap(List<String> facetWords, Set<String> expertWords) {
    if (facetWords.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (String w : facetWords) {
      if (expertWords.contains(w)
          || Synonyms.shared().of(w).stream().anyMatch(expertWords::contains)) {
        hit++;
      }
    }
    return (double) hit / facetWords.size();
  }

  /** The research direction or achievement sharing most two-character pieces with the facet. */
  static String evidence(Expert e, String facet) {
    var pieces = new ArrayList<String>();
    if (e.researchDirections != null) {
      for (String p : e.researchDirections.split("[；;。\\n]+")) {
        if (!p.isBlank()) {
          pieces.add(p.strip());
        }
      }
    }
    for (Expert.Achievement a : e.achievements) {
      if (a.title() != null && !a.title().isBlank()) {
        pieces.add(a.kind() + "「" + a.title().strip() + "」");
      }
    }
    Set<String> grams = bigrams(facet);
    String best = pieces.isEmpty() ? null : pieces.get(0);
    int bestHits = 0;
    for (String p : pieces) {
      int hits = 0;
      for (String g : bigrams(p)) {
        if (grams.contains(g)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        bestHits = hits;
        best = p;
      }
    }
    return best;
  }

  private static Set<String> bigrams(String s) {
    var out = new HashSet<String>();
    for (int i = 0; i + 1 < s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    return out;
  }

  static List<String> contentWords(String text) {
    var words = new ArrayList<>(Segmenter.shared().tokens(text));
    words.removeIf(Fillers.shared()::contains);
    return words;
  }

  private static TeamProposal view(
      TechNeed need, TeamComposer.Proposal p, Data d, boolean degraded) {
    var members = new ArrayList<TeamProposal.MemberView>();
    Set<UUID> teamsOfAll = null;
    for (TeamComposer.Member m : p.members()) {
      Expert e = d.experts.get(m.expertId());
      members.add(
          new TeamProposal.MemberView(
              m.expertId(),
              m.name(),
              e == null ? null : e.title,
              m.universityId(),
              d.universities.get(m.universityId()),
              m.facetLabels(),
              m.reason()));
      Set<UUID> mine = e == null || e.teamId == null ? Set.of() : Set.of(e.teamId);
      if (teamsOfAll == null) {
        teamsOfAll = new HashSet<>(mine);
      } else {
        teamsOfAll.retainAll(mine);
      }
    }
    TeamProposal.RegisteredTeam registered = null;
    if (members.size() >= 2 && teamsOfAll != null && teamsOfAll.size() == 1) {
      ResearchTeam t = d.teams.get(teamsOfAll.iterator().next());
      if (t != null) {
        registered = new TeamProposal.RegisteredTeam(t.id, t.name);
      }
    }
    return new TeamProposal(
        need.id,
        p.facets().stream().map(f -> new TeamProposal.FacetView(f.id(), f.label())).toList(),
        members,
        p.coveredFacetIds(),
        p.uncoveredFacetIds(),
        p.singleExpertSuffices(),
        registered,
        p.links().stream()
            .map(
                l ->
                    new TeamProposal.LinkView(
                        l.a(), l.b(), l.kind().name(), l.kind().label, l.detail()))
            .toList(),
        p.notes(),
        degraded);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
