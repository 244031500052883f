package cn.gov.huaian.zjtx.matchmaking.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fusion and re-rank rules, without any server. */
class RerankerTest {
  static final UUID A = UUID.randomUUID();
  static final UUID B = UUID.randomUUID();
  static final UUID C = UUID.randomUUID();

  static Candidate candidate(
      UUID id, String text, List<String> codes, boolean huaian, Integer remaining) {
    return new Candidate(
        id,
        id.toString(),
        text,
        codes,
        List.of("NEW_ENERGY_VEHICLE"),
        huaian,
        huaian,
        remaining,
        null,
        null);
  }

  static MatchQuery query(String region) {
    return new MatchQuery(
        "电池热管理",
        List.of("电池", "热管理"),
        Set.of("电池", "热管理", "锂电池"),
        null,
        List.of("E0506"),
        List.of("NEW_ENERGY_VEHICLE"),
        region);
  }

  @Test
  void rrfRewardsDocumentsBothRetrievalsFound() {
    var fused = Rrf.fuse(List.of(List.of(A, B), List.of(C, B)), 60);
    assertThat(fused.keySet()).containsExactly(B, A, C);
    assertThat(fused.get(B)).isEqualTo(1.0 / 62 + 1.0 / 62);
  }

  @Test
  void sharedDisciplinesAndLocalityLiftACandidateAndAreExplained() {
    var candidates =
        Map.of(
            A, candidate(A, "锂电池热管理", List.of("F01"), false, 2),
            B, candidate(B, "电池热管理与液冷", List.of("E050601"), true, 2));
    var ranked =
        new Reranker(Weights.DEFAULT)
            .rank(query("HUAIAN"), List.of(A, B), List.of(A, B), candidates, 10);
    assertThat(ranked).extracting(Match::id).containsExactly(B, A);
    var why = ranked.getFirst().explanation();
    assertThat(why.sharedDisciplines())
        .extracting(Match.SharedDiscipline::code)
        .containsExactly("E050601");
    assertThat(why.matchedTerms()).contains("热管理");
    assertThat(why.highlight()).isEqualTo("<em>电池热管理</em>与液冷");
    assertThat(why.contributions())
        .extracting(Match.Contribution::feature)
        .containsExactly("relevance", "discipline", "cluster", "locality", "capacity", "outcome");
    assertThat(ranked.getFirst().score())
        .isEqualTo(
            why.contributions().stream().mapToDouble(Match.Contribution::contribution).sum(),
            org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void anExpertWithNoCapacityLeftIsPushedDown() {
    var candidates =
        Map.of(
            A, candidate(A, "电池热管理", List.of("E0506"), false, 0),
            B, candidate(B, "电池热管理", List.of("E0506"), false, 1));
    var ranked =
        new Reranker(Weights.DEFAULT)
            .rank(query("ANY"), List.of(A, B), List.of(A, B), candidates, 10);
    assertThat(ranked).extracting(Match::id).containsExactly(B, A);
    assertThat(ranked.get(1).explanation().contributions())
        .anyMatch(c -> c.feature().equals("capacity") && c.contribution() < 0);
  }

  @Test
  void candidatesUnknownToTheDatabaseAreDropped() {
    var ranked =
        new Reranker(Weights.DEFAULT)
            .rank(
                query("ANY"),
                List.of(A, C),
                List.of(),
                Map.of(A, candidate(A, "x", List.of(), false, 1)),
                10);
    assertThat(ranked).extracting(Match::id).containsExactly(A);
    assertThat(ranked.getFirst().rank()).isEqualTo(1);
  }
}
