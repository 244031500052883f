package cn.gov.huaian.zjtx.matchmaking.teams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 组队: composes a small team of experts for a need that crosses disciplines. Plain Java: the input
 * is the need's facets and candidate experts with a score per facet, their university, remaining
 * capacity and who already worked with whom; the output is the team with the reason each member is
 * there.
 *
 * <p>Every team of 1 to {@code maxMembers} from a pool (the best candidates of each facet, their
 * co-workers) is tried, exhaustively: at most {@code maxUniversities} universities, only experts
 * with capacity left, every member the best of the team on at least one covered facet (nobody along
 * for the ride). Teams are compared by facets covered first, then by {@link #utility}: summed facet
 * quality, plus a bonus per pair of members who already worked together, minus a small cost per
 * extra member and per extra university. When one expert covers every facet, that expert alone is
 * the answer and the proposal says so.
 */
public final class TeamComposer {
  /** One part of a need (e.g. 热管理). */
  public record Facet(String id, String label) {}

  /**
   * An expert who could join.
   *
   * @param relevance the expert's score for the whole need (the ranking's), for ties
   * @param remainingCapacity cooperations the expert can still take; ≤ 0 means none
   * @param facetScores score in [0, 1] per facet id (absent = 0)
   * @param evidence per facet id, the expert's own words that answer it (a research direction, an
   *     achievement)
   */
  public record Candidate(
      UUID id,
      String name,
      UUID universityId,
      int remainingCapacity,
      double relevance,
      Map<String, Double> facetScores,
      Map<String, String> evidence) {
    double score(String facet) {
      Double s = facetScores.get(facet);
      return s == null ? 0 : s;
    }
  }

  /** How two experts already worked together. */
  public enum LinkKind {
    SAME_TEAM("同属科研团队"),
    CO_AUTHORED("有共同成果"),
    CO_OPERATED("曾共同承担合作");

    public final String label;

    LinkKind(String label) {
      this.label = label;
    }
  }

  /** A past working relation between two experts; {@code detail} names the team or achievement. */
  public record Link(UUID a, UUID b, LinkKind kind, String detail) {}

  /**
   * @param maxMembers 1–4 experts at most
   * @param maxUniversities 1 or 2
   * @param coverThreshold a facet score from which an expert counts as covering the facet
   * @param linkBonus added to the utility per pair of members who already worked together
   * @param memberCost subtracted per member beyond the first (smaller teams first)
   * @param universityCost subtracted per university beyond the first
   * @param perFacet how many of each facet's best candidates enter the pool
   */
  public record Settings(
      int maxMembers,
      int maxUniversities,
      double coverThreshold,
      double linkBonus,
      double memberCost,
      double universityCost,
      int perFacet) {
    public static final Settings DEFAULT = new Settings(4, 2, 0.5, 0.1, 0.05, 0.02, 4);

    public Settings {
      if (maxMembers < 1 || maxMembers > 4) {
        throw new IllegalArgumentException("maxMembers must be 1–4");
      }
      if (maxUniversities < 1 || maxUniversities > 2) {
        throw new IllegalArgumentException("maxUniversities must be 1–2");
      }
    }

    public Settings with(int members, int universities) {
      return new Settings(
          members, universities, coverThreshold, linkBonus, memberCost, universityCost, perFacet);
    }
  }

  /** A member: the facets they answer for in this team and why, in Chinese. */
  public record Member(
      UUID expertId,
      String name,
      UUID universityId,
      List<String> facetIds,
      List<String> facetLabels,
      String reason) {}

  /** The proposal; {@code notes} say in Chinese what the team could not do or what was left out. */
  public record Proposal(
      List<Facet> facets,
      List<Member> members,
      List<String> coveredFacetIds,
      List<String> uncoveredFacetIds,
      boolean singleExpertSuffices,
      List<Link> links,
      List<String> notes) {}

  private static final int POOL_MAX = 18;
  private final Settings settings;

  public TeamComposer(Settings settings) {
    this.settings = settings;
  }

  public Proposal compose(List<Facet> facets, List<Candidate> candidates, List<Link> links) {
    var notes = new ArrayList<String>();
    List<Candidate> available = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.remainingCapacity() > 0) {
        available.add(c);
      } else if (bestOnSomeFacet(c, facets, candidates)) {
        notes.add(c.name() + " 当前合作已满（无剩余容量），未列入");
      }
    }
    if (facets.isEmpty() || available.isEmpty()) {
      notes.add(facets.isEmpty() ? "未能从需求中识别出技术方面" : "没有仍有余力的候选专家");
      return new Proposal(
          facets,
          List.of(),
          List.of(),
          facets.stream().map(Facet::id).toList(),
          false,
          List.of(),
          notes);
    }
    Map<UUID, Set<UUID>> partners = partners(links);
    // One expert covering every facet needs no team.
    Candidate solo =
        available.stream()
            .filter(c -> facets.stream().allMatch(f -> covers(c, f)))
            .max(
                Comparator.comparingDouble((Candidate c) -> quality(List.of(c), facets))
                    .thenComparingDouble(Candidate::relevance))
            .orElse(null);
    if (solo != null) {
      notes.add("一位专家即可覆盖需求的全部 " + facets.size() + " 个方面，无需组队");
      return proposal(facets, List.of(solo), links, notes, true);
    }
    List<Candidate> pool = pool(facets, available, partners);
    Team best = null;
    int[] idx = new int[settings.maxMembers()];
    for (int size = 1; size <= Math.min(settings.maxMembers(), pool.size()); size++) {
      best = search(pool, facets, partners, idx, 0, 0, size, best);
    }
    if (best == null) {
      notes.add("没有满足高校数量限制的组合");
      return new Proposal(
          facets,
          List.of(),
          List.of(),
          facets.stream().map(Facet::id).toList(),
          false,
          List.of(),
          notes);
    }
    return proposal(facets, best.members, links, notes, false);
  }

  private record Team(List<Candidate> members, int covered, double utility, double relevance) {}

  private Team search(
      List<Candidate> pool,
      List<Facet> facets,
      Map<UUID, Set<UUID>> partners,
      int[] idx,
      int depth,
      int from,
      int size,
      Team best) {
    if (depth == size) {
      var members = new ArrayList<Candidate>(size);
      for (int i = 0; i < size; i++) {
        members.add(pool.get(idx[i]));
      }
      Team t = evaluate(members, facets, partners);
      return t != null && better(t, best) ? t : best;
    }
    for (int i = from; i < pool.size(); i++) {
      idx[depth] = i;
      best = search(pool, facets, partners, idx, depth + 1, i + 1, size, best);
    }
    return best;
  }

  /** The team's figures, or null when it breaks a rule or carries a member who adds nothing. */
  private Team evaluate(
      List<Candidate> members, List<Facet> facets, Map<UUID, Set<UUID>> partners) {
    Set<UUID> universities = new HashSet<>();
    for (Candidate c : members) {
      universities.add(c.universityId());
    }
    if (universities.size() > settings.maxUniversities()) {
      return null;
    }
    Map<Candidate, List<Facet>> duty = duties(members, facets);
    if (members.stream().anyMatch(m -> duty.get(m).isEmpty())) {
      return null;
    }
    int covered = 0;
    for (Facet f : facets) {
      if (members.stream().anyMatch(m -> covers(m, f))) {
        covered++;
      }
    }
    double relevance = members.stream().mapToDouble(Candidate::relevance).sum();
    return new Team(
        members, covered, utility(members, facets, partners, universities.size()), relevance);
  }

  /** Summed best score per facet, plus co-work bonus, minus the size and university costs. */
  double utility(
      List<Candidate> members, List<Facet> facets, Map<UUID, Set<UUID>> partners, int unis) {
    int pairs = 0;
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        if (partners.getOrDefault(members.get(i).id(), Set.of()).contains(members.get(j).id())) {
          pairs++;
        }
      }
    }
    return quality(members, facets)
        + settings.linkBonus() * pairs
        - settings.memberCost() * (members.size() - 1)
        - settings.universityCost() * (unis - 1);
  }

  private static double quality(List<Candidate> members, List<Facet> facets) {
    double q = 0;
    for (Facet f : facets) {
      double best = 0;
      for (Candidate m : members) {
        best = Math.max(best, Math.min(1, m.score(f.id())));
      }
      q += best;
    }
    return q;
  }

  private static boolean better(Team t, Team best) {
    if (best == null) {
      return true;
    }
    if (t.covered != best.covered) {
      return t.covered > best.covered;
    }
    if (Math.abs(t.utility - best.utility) > 1e-9) {
      return t.utility > best.utility;
    }
    if (t.members.size() != best.members.size()) {
      return t.members.size() < best.members.size();
    }
    return t.relevance > best.relevance + 1e-9;
  }

  /**
   * Who answers for which covered facet: the member with the best score on it (the more relevant
   * one on a tie).
   */
  private Map<Candidate, List<Facet>> duties(List<Candidate> members, List<Facet> facets) {
    Map<Candidate, List<Facet>> duty = new LinkedHashMap<>();
    for (Candidate m : members) {
      duty.put(m, new ArrayList<>());
    }
    for (Facet f : facets) {
      Candidate owner = null;
      for (Candidate m : members) {
        if (covers(m, f)
            && (owner == null
                || m.score(f.id()) > owner.score(f.id())
                || (m.score(f.id()) == owner.score(f.id()) && m.relevance() > owner.relevance()))) {
          owner = m;
        }
      }
      if (owner != null) {
        duty.get(owner).add(f);
      }
    }
    return duty;
  }

  private boolean covers(Candidate c, Facet f) {
    return c.score(f.id()) >= settings.coverThreshold();
  }

  private boolean bestOnSomeFacet(Candidate c, List<Facet> facets, List<Candidate> all) {
    for (Facet f : facets) {
      if (covers(c, f)
          && all.stream().noneMatch(o -> o != c && o.score(f.id()) > c.score(f.id()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The candidates worth trying: each facet's best few who cover it, then co-workers of those who
   * cover some facet themselves, at most {@value #POOL_MAX}.
   */
  private List<Candidate> pool(
      List<Facet> facets, List<Candidate> available, Map<UUID, Set<UUID>> partners) {
    var pool = new LinkedHashSet<Candidate>();
    for (Facet f : facets) {
      available.stream()
          .filter(c -> covers(c, f))
          .sorted(
              Comparator.comparingDouble((Candidate c) -> c.score(f.id()))
                  .thenComparingDouble(Candidate::relevance)
                  .reversed())
          .limit(settings.perFacet())
          .forEach(pool::add);
    }
    if (pool.isEmpty()) {
      // Nobody covers anything: the most relevant expert alone, with the facets named as open.
      available.stream().max(Comparator.comparingDouble(Candidate::relevance)).ifPresent(pool::add);
    }
    var ids = new HashSet<UUID>();
    pool.forEach(c -> ids.add(c.id()));
    for (Candidate c : available) {
      if (!ids.contains(c.id())
          && facets.stream().anyMatch(f -> covers(c, f))
          && partners.getOrDefault(c.id(), Set.of()).stream().anyMatch(ids::contains)) {
        pool.add(c);
      }
    }
    return pool.stream()
        .sorted(Comparator.comparingDouble((Candidate c) -> maxScore(c, facets)).reversed())
        .limit(POOL_MAX)
        .toList();
  }

  private static double maxScore(Candidate c, List<Facet> facets) {
    return facets.stream().mapToDouble(f -> c.score(f.id())).max().orElse(0);
  }

  private static Map<UUID, Set<UUID>> partners(List<Link> links) {
    Map<UUID, Set<UUID>> p = new HashMap<>();
    for (Link l : links) {
      p.computeIfAbsent(l.a(), k -> new HashSet<>()).add(l.b());
      p.computeIfAbsent(l.b(), k -> new HashSet<>()).add(l.a());
    }
    return p;
  }

  private Proposal proposal(
      List<Facet> facets,
      List<Candidate> members,
      List<Link> links,
      List<String> notes,
      boolean single) {
    Map<Candidate, List<Facet>> duty = duties(members, facets);
    var ids = new HashSet<UUID>();
    members.forEach(m -> ids.add(m.id()));
    List<Link> used =
        links.stream().filter(l -> ids.contains(l.a()) && ids.contains(l.b())).toList();
    Map<UUID, String> names = new HashMap<>();
    members.forEach(m -> names.put(m.id(), m.name()));
    var out = new ArrayList<Member>();
    var covered = new ArrayList<String>();
    for (Candidate m : members) {
      List<Facet> mine = duty.get(m);
      mine.forEach(f -> covered.add(f.id()));
      out.add(
          new Member(
              m.id(),
              m.name(),
              m.universityId(),
              mine.stream().map(Facet::id).toList(),
              mine.stream().map(Facet::label).toList(),
              reason(m, mine, used, names)));
    }
    List<String> uncovered =
        facets.stream().map(Facet::id).filter(f -> !covered.contains(f)).toList();
    if (!uncovered.isEmpty()) {
      notes.add(
          "以下方面暂无合适的专家："
              + String.join(
                  "、",
                  facets.stream()
                      .filter(f -> uncovered.contains(f.id()))
                      .map(Facet::label)
                      .toList()));
    }
    List<String> coveredInOrder = facets.stream().map(Facet::id).filter(covered::contains).toList();
    return new Proposal(facets, out, coveredInOrder, uncovered, single, used, notes);
  }

  private static String reason(
      Candidate m, List<Facet> mine, List<Link> used, Map<UUID, String> names) {
    var sb = new StringBuilder();
    if (mine.isEmpty()) {
      sb.append("与需求整体最相关");
    } else {
      for (Facet f : mine) {
        if (!sb.isEmpty()) {
          sb.append("；");
        }
        sb.append("负责").append(f.label());
        String why = m.evidence().get(f.id());
        if (why != null && !why.isBlank()) {
          sb.append("：").append(why);
        }
      }
    }
    for (Link l : used) {
      UUID other = l.a().equals(m.id()) ? l.b() : l.b().equals(m.id()) ? l.a() : null;
      if (other != null) {
        sb.append("；与").append(names.get(other)).append(l.kind().label);
        if (l.detail() != null && !l.detail().isBlank()) {
          sb.append("「").append(l.detail()).append("」");
        }
      }
    }
    return sb.toString();
  }
}
