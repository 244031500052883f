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
  void sharedDisciplinesAndLocalityOrderCandidatesOfEqualRelevanceAndAreExplained() {
    var candidates =
        Map.of(
            A, candidate(A, "锂电池热管理", List.of("F01"), false, 2),
            B, candidate(B, "电池热管理与液冷", List.of("E050601"), true, 2));
    // A first for BM25, B first for the vector: equal relevance, the features decide.
    var ranked =
        new Reranker(Weights.DEFAULT)
            .rank(query("HUAIAN"), List.of(A, B), List.of(B, A), candidates, 10);
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
            .rank(query("ANY"), List.of(A, B), List.of(B, A), candidates, 10);
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

  @Test
  void anOffTopicLocalExpertWithEveryFeatureStaysBelowARelevantOne() {
    UUID d = UUID.randomUUID();
    var candidates =
        Map.of(
            A, candidate(A, "电池热管理", List.of(), false, 1),
            B, candidate(B, "电池", List.of("E0506"), true, 2),
            C, candidate(C, "热管理", List.of(), false, 1),
            d, candidate(d, "x", List.of(), false, 1));
    // B is third of four on both sides, with matching discipline, cluster and locality.
    var ranked =
        new Reranker(Weights.DEFAULT)
            .rank(query("HUAIAN"), List.of(A, C, B, d), List.of(A, C, B, d), candidates, 10);
    assertThat(ranked).extracting(Match::id).containsExactly(A, C, B, d);
  }

  @Test
  void aMissingClusterOrDisciplineIsNeutralNotAPenalty() {
    var noCluster = new Candidate(A, "a", "电池", List.of(), List.of(), false, false, 1, null, null);
    var contributions = new Reranker(Weights.DEFAULT).contributions(query("ANY"), noCluster, 0.8);
    assertThat(contributions)
        .filteredOn(c -> !c.feature().equals("relevance"))
        .allSatisfy(c -> assertThat(c.contribution()).isZero());
    assertThat(contributions.stream().mapToDouble(Match.Contribution::contribution).sum())
        .isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void adjustmentsAreBoundedShareOfRelevance() {
    var w = new Weights("score", 0.5, 1, 1, 1, 1, 1, 1, 0.15);
    var c =
        new Candidate(
            A,
            "a",
            "电池",
            List.of("E0506"),
            List.of("NEW_ENERGY_VEHICLE"),
            true,
            true,
            5,
            1.0,
            null);
    var contributions = new Reranker(w).contributions(query("HUAIAN"), c, 0.5);
    double total = contributions.stream().mapToDouble(Match.Contribution::contribution).sum();
    assertThat(total).isLessThanOrEqualTo(0.5 * 1.15 + 1e-3);
  }

  @Test
  void scoreFusionKeepsAStrongOneSidedHit() {
    UUID[] ids = new UUID[30];
    var candidates = new java.util.HashMap<UUID, Candidate>();
    var bm25 = new java.util.ArrayList<UUID>();
    var scores = new java.util.HashMap<UUID, Double>();
    for (int i = 0; i < ids.length; i++) {
      ids[i] = UUID.randomUUID();
      candidates.put(ids[i], candidate(ids[i], "x", List.of(), false, 1));
    }
    // BM25: A is first by far (score 10), the others weak (1); the vector list never saw A.
    bm25.add(A);
    scores.put(A, 10.0);
    candidates.put(A, candidate(A, "电池热管理", List.of(), false, 1));
    for (UUID id : ids) {
      bm25.add(id);
      scores.put(id, 1.0);
    }
    var knn = List.of(ids).reversed();
    var ranked =
        new Reranker(Weights.DEFAULT)
            .rank(query("ANY"), bm25, knn, scores, candidates, 10, Reranker.Stage.HYBRID);
    // Score fusion: A (0.5 + 0) is among the first five (the vector list alone gives 0.55, 0.53 …).
    assertThat(ranked.stream().map(Match::id).toList().indexOf(A)).isBetween(0, 4);
    var rrf =
        new Reranker(new Weights("rrf", 0.5, 0, 0, 0, 0, 0, 0, 0))
            .rank(query("ANY"), bm25, knn, scores, candidates, 100, Reranker.Stage.HYBRID);
    // RRF: every document both lists hold beats it.
    assertThat(rrf.stream().map(Match::id).toList().indexOf(A)).isGreaterThan(20);
  }

  @Test
  void eachDiagnosticStageOrdersByItsOwnList() {
    var candidates =
        Map.of(
            A, candidate(A, "电池", List.of(), false, 1),
            B, candidate(B, "电池", List.of(), false, 1),
            C, candidate(C, "电池", List.of(), false, 1));
    var r = new Reranker(Weights.DEFAULT);
    assertThat(
            r.rank(
                query("ANY"),
                List.of(A, B),
                List.of(C, B),
                Map.of(),
                candidates,
                10,
                Reranker.Stage.BM25))
        .extracting(Match::id)
        .containsExactly(A, B);
    assertThat(
            r.rank(
                query("ANY"),
                List.of(A, B),
                List.of(C, B),
                Map.of(),
                candidates,
                10,
                Reranker.Stage.VECTOR))
        .extracting(Match::id)
        .containsExactly(C, B);
  }
}
