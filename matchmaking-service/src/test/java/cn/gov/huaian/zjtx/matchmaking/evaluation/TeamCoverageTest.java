package cn.gov.huaian.zjtx.matchmaking.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Facet coverage by the collection's labels, on hand-computed cases; and the labels' shape. */
class TeamCoverageTest {
  static final List<TeamEvaluation.Facet> FACETS =
      List.of(
          new TeamEvaluation.Facet("N", "电芯", Set.of("E1", "E2")),
          new TeamEvaluation.Facet("N", "热管理", Set.of("E3")),
          new TeamEvaluation.Facet("N", "BMS", Set.of("E3", "E4")));
  static final Map<String, Integer> GRADES = Map.of("E1", 3, "E2", 1, "E3", 2, "E4", 1);

  @Test
  void coverageCountsFacetsAnsweredByAMemberJudgedHighEnough() {
    assertThat(TeamEvaluation.coverage(List.of("E1", "E3"), FACETS, GRADES, 1)).isEqualTo(1.0);
    assertThat(TeamEvaluation.coverage(List.of("E2", "E4"), FACETS, GRADES, 1)).isEqualTo(2 / 3.0);
    assertThat(TeamEvaluation.coverage(List.of("E2", "E4"), FACETS, GRADES, 2)).isEqualTo(0.0);
    assertThat(TeamEvaluation.coverage(List.of("E9", "demo"), FACETS, GRADES, 1)).isEqualTo(0.0);
    assertThat(TeamEvaluation.coverage(List.of(), FACETS, GRADES, 1)).isEqualTo(0.0);
  }

  @Test
  void everyLabelledFacetNamesExpertsJudgedForItsNeedOnCrossDisciplinaryNeedsOnly()
      throws Exception {
    var facets = TeamEvaluation.facets();
    Map<String, Map<String, Integer>> judged = new java.util.HashMap<>();
    for (var q : JudgedEvaluation.read("qrels.jsonl")) {
      judged
          .computeIfAbsent(q.get("need").asText(), k -> new java.util.HashMap<>())
          .put(q.get("expert").asText(), q.get("grade").asInt());
    }
    var cross = new java.util.HashSet<String>();
    for (var n : JudgedEvaluation.read("needs.jsonl")) {
      if (n.get("slices").toString().contains("cross_disciplinary")) {
        cross.add(n.get("id").asText());
      }
    }
    assertThat(facets.keySet()).containsExactlyInAnyOrderElementsOf(cross);
    facets.forEach(
        (need, list) -> {
          assertThat(list).hasSizeGreaterThanOrEqualTo(2);
          list.forEach(
              f ->
                  assertThat(f.experts())
                      .allMatch(
                          e -> judged.get(need).getOrDefault(e, 0) >= 1, need + " " + f.label()));
        });
  }
}
