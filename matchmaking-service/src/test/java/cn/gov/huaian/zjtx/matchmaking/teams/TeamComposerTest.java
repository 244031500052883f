package cn.gov.huaian.zjtx.matchmaking.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.huaian.zjtx.matchmaking.teams.TeamComposer.Candidate;
import cn.gov.huaian.zjtx.matchmaking.teams.TeamComposer.Facet;
import cn.gov.huaian.zjtx.matchmaking.teams.TeamComposer.Link;
import cn.gov.huaian.zjtx.matchmaking.teams.TeamComposer.LinkKind;
import cn.gov.huaian.zjtx.matchmaking.teams.TeamComposer.Member;
import cn.gov.huaian.zjtx.matchmaking.teams.TeamComposer.Proposal;
import cn.gov.huaian.zjtx.matchmaking.teams.TeamComposer.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The rules of composing a team, without servers. */
class TeamComposerTest {
  static final UUID U1 = id(901);
  static final UUID U2 = id(902);
  static final UUID U3 = id(903);
  static final Facet CELL = new Facet("cell", "电芯一致性");
  static final Facet THERMAL = new Facet("thermal", "热管理");
  static final Facet BMS = new Facet("bms", "BMS 算法");
  static final List<Facet> THREE = List.of(CELL, THERMAL, BMS);
  final TeamComposer composer = new TeamComposer(Settings.DEFAULT);

  static UUID id(int n) {
    return new UUID(0, n);
  }

  static Candidate expert(int n, UUID uni, int capacity, Object... facetScores) {
    Map<String, Double> scores = new HashMap<>();
    Map<String, String> evidence = new HashMap<>();
    for (int i = 0; i < facetScores.length; i += 2) {
      scores.put(((Facet) facetScores[i]).id(), (Double) facetScores[i + 1]);
      evidence.put(((Facet) facetScores[i]).id(), "方向" + n);
    }
    return new Candidate(id(n), "专家" + n, uni, capacity, 0.5, scores, evidence);
  }

  static List<UUID> ids(Proposal p) {
    return p.members().stream().map(Member::expertId).toList();
  }

  @Test
  void aTeamCoversEveryFacetWithOneMemberResponsibleForEach() {
    Proposal p =
        composer.compose(
            THREE,
            List.of(
                expert(1, U1, 2, CELL, 0.9),
                expert(2, U1, 2, THERMAL, 0.8),
                expert(3, U1, 2, BMS, 0.85),
                expert(4, U1, 2, CELL, 0.3, THERMAL, 0.3, BMS, 0.3)),
            List.of());
    assertThat(ids(p)).containsExactlyInAnyOrder(id(1), id(2), id(3));
    assertThat(p.coveredFacetIds()).containsExactly("cell", "thermal", "bms");
    assertThat(p.uncoveredFacetIds()).isEmpty();
    assertThat(p.singleExpertSuffices()).isFalse();
    Member bms = p.members().stream().filter(m -> m.expertId().equals(id(3))).findFirst().get();
    assertThat(bms.facetIds()).containsExactly("bms");
    assertThat(bms.reason()).isEqualTo("负责BMS 算法：方向3");
  }

  @Test
  void anExpertWithoutCapacityIsLeftOutAndTheNotesSaySo() {
    Proposal p =
        composer.compose(
            THREE,
            List.of(
                expert(1, U1, 0, CELL, 0.95),
                expert(5, U1, 1, CELL, 0.6),
                expert(2, U1, 2, THERMAL, 0.8),
                expert(3, U1, 2, BMS, 0.85)),
            List.of());
    assertThat(ids(p)).doesNotContain(id(1)).contains(id(5));
    assertThat(p.notes()).anyMatch(n -> n.contains("专家1") && n.contains("容量"));
  }

  @Test
  void neverMoreThanTwoUniversitiesAndOneWhenAsked() {
    List<Candidate> c =
        List.of(
            expert(1, U1, 2, CELL, 0.9),
            expert(2, U2, 2, THERMAL, 0.9),
            expert(3, U3, 2, BMS, 0.9),
            expert(4, U1, 2, BMS, 0.6));
    Proposal two = composer.compose(THREE, c, List.of());
    assertThat(two.members().stream().map(Member::universityId).distinct().count())
        .isLessThanOrEqualTo(2);
    assertThat(two.coveredFacetIds()).hasSize(3);
    assertThat(ids(two)).contains(id(4)).doesNotContain(id(3));

    Proposal one = new TeamComposer(Settings.DEFAULT.with(4, 1)).compose(THREE, c, List.of());
    assertThat(one.members())
        .allMatch(m -> m.universityId().equals(one.members().get(0).universityId()));
    // U1 has cell and BMS but nobody for thermal: the proposal says what is open.
    assertThat(ids(one)).containsExactlyInAnyOrder(id(1), id(4));
    assertThat(one.uncoveredFacetIds()).containsExactly("thermal");
    assertThat(one.notes()).anyMatch(n -> n.contains("暂无合适的专家") && n.contains("热管理"));
  }

  @Test
  void coWorkersArePreferredWhenCoverageTies() {
    List<Candidate> c =
        List.of(
            expert(1, U1, 2, CELL, 0.8),
            expert(2, U1, 2, THERMAL, 0.8),
            expert(3, U1, 2, THERMAL, 0.8));
    List<Facet> two = List.of(CELL, THERMAL);
    Link link = new Link(id(1), id(3), LinkKind.SAME_TEAM, "动力电池团队");
    Proposal p = composer.compose(two, c, List.of(link));
    assertThat(ids(p)).containsExactlyInAnyOrder(id(1), id(3));
    assertThat(p.links()).containsExactly(link);
    assertThat(p.members().get(0).reason()).contains("同属科研团队「动力电池团队」");
    // Without the link the tie is broken otherwise, and never by the link.
    Proposal without = composer.compose(two, c, List.of());
    assertThat(without.links()).isEmpty();
  }

  @Test
  void coWorkDoesNotBuyAFacet() {
    // 3 covers nothing: being 1's co-author does not get 3 into a team.
    List<Candidate> c =
        List.of(
            expert(1, U1, 2, CELL, 0.9),
            expert(2, U1, 2, THERMAL, 0.9),
            expert(3, U1, 2, THERMAL, 0.2));
    Proposal p =
        composer.compose(
            List.of(CELL, THERMAL), c, List.of(new Link(id(1), id(3), LinkKind.CO_AUTHORED, "x")));
    assertThat(ids(p)).containsExactlyInAnyOrder(id(1), id(2));
  }

  @Test
  void aSingleExpertCoveringEverythingIsTheAnswerAndTheProposalSaysSo() {
    Proposal p =
        composer.compose(
            THREE,
            List.of(
                expert(1, U1, 2, CELL, 0.9),
                expert(2, U1, 2, THERMAL, 0.9),
                expert(3, U2, 2, CELL, 0.6, THERMAL, 0.7, BMS, 0.6)),
            List.of());
    assertThat(ids(p)).containsExactly(id(3));
    assertThat(p.singleExpertSuffices()).isTrue();
    assertThat(p.members().get(0).facetIds()).containsExactly("cell", "thermal", "bms");
    assertThat(p.notes()).anyMatch(n -> n.contains("一位专家即可覆盖"));
  }

  @Test
  void nobodyAlongForTheRide() {
    // 4 is as good as 1 on cell, covers nothing else: a team never carries both.
    Proposal p =
        composer.compose(
            List.of(CELL, THERMAL),
            List.of(
                expert(1, U1, 2, CELL, 0.9),
                expert(4, U1, 2, CELL, 0.9),
                expert(2, U1, 2, THERMAL, 0.9)),
            List.of());
    assertThat(p.members()).hasSize(2);
    assertThat(p.members()).allMatch(m -> !m.facetIds().isEmpty());
  }

  @Test
  void atMostFourMembersEvenWithSixFacets() {
    var facets = new ArrayList<Facet>();
    var c = new ArrayList<Candidate>();
    for (int i = 1; i <= 6; i++) {
      Facet f = new Facet("f" + i, "方面" + i);
      facets.add(f);
      c.add(expert(i, U1, 1, f, 0.9));
    }
    Proposal p = composer.compose(facets, c, List.of());
    assertThat(p.members()).hasSize(4);
    assertThat(p.coveredFacetIds()).hasSize(4);
    assertThat(p.uncoveredFacetIds()).hasSize(2);
  }

  @Test
  void nothingToComposeIsSaidNotInvented() {
    assertThat(composer.compose(THREE, List.of(), List.of()).notes())
        .containsExactly("没有仍有余力的候选专家");
    Proposal none = composer.compose(THREE, List.of(expert(1, U1, 2, CELL, 0.1)), List.of());
    assertThat(none.coveredFacetIds()).isEmpty();
    assertThat(none.uncoveredFacetIds()).hasSize(3);
  }

  @Test
  void settingsOutsideTheRulesAreRefused() {
    assertThatThrownBy(() -> Settings.DEFAULT.with(5, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Settings.DEFAULT.with(4, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Random pools: the rules hold, and no team of the pool covers more than the proposal. */
  @RepeatedTest(200)
  void rulesHoldOnRandomPools() {
    var rnd = new Random();
    var facets = new ArrayList<Facet>();
    int nf = 1 + rnd.nextInt(5);
    for (int i = 0; i < nf; i++) {
      facets.add(new Facet("f" + i, "方面" + i));
    }
    UUID[] unis = {U1, U2, U3};
    var c = new ArrayList<Candidate>();
    int n = 1 + rnd.nextInt(10);
    for (int i = 0; i < n; i++) {
      var args = new ArrayList<Object>();
      for (Facet f : facets) {
        if (rnd.nextBoolean()) {
          args.add(f);
          args.add(rnd.nextDouble());
        }
      }
      c.add(expert(i + 1, unis[rnd.nextInt(3)], rnd.nextInt(3), args.toArray()));
    }
    var links = new ArrayList<Link>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (rnd.nextInt(5) == 0) {
          links.add(new Link(id(i + 1), id(j + 1), LinkKind.CO_OPERATED, null));
        }
      }
    }
    int maxUnis = 1 + rnd.nextInt(2);
    Proposal p = new TeamComposer(Settings.DEFAULT.with(4, maxUnis)).compose(facets, c, links);
    assertThat(p.members()).hasSizeLessThanOrEqualTo(4);
    assertThat(new HashSet<>(p.members().stream().map(Member::universityId).toList()))
        .hasSizeLessThanOrEqualTo(maxUnis);
    Map<UUID, Candidate> byId = new HashMap<>();
    c.forEach(x -> byId.put(x.id(), x));
    assertThat(p.members()).allMatch(m -> byId.get(m.expertId()).remainingCapacity() > 0);
    assertThat(p.coveredFacetIds()).hasSize(bestCoverage(facets, c, maxUnis));
  }

  /** Brute force over every team of up to four experts with capacity. */
  static int bestCoverage(List<Facet> facets, List<Candidate> all, int maxUnis) {
    List<Candidate> c = all.stream().filter(x -> x.remainingCapacity() > 0).toList();
    int best = 0;
    for (int mask = 1; mask < (1 << c.size()); mask++) {
      if (Integer.bitCount(mask) > 4) {
        continue;
      }
      var unis = new HashSet<UUID>();
      var team = new ArrayList<Candidate>();
      for (int i = 0; i < c.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          team.add(c.get(i));
          unis.add(c.get(i).universityId());
        }
      }
      if (unis.size() > maxUnis) {
        continue;
      }
      int covered = 0;
      for (Facet f : facets) {
        if (team.stream().anyMatch(m -> m.score(f.id()) >= Settings.DEFAULT.coverThreshold())) {
          covered++;
        }
      }
      best = Math.max(best, covered);
    }
    return best;
  }
}
