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
  void rescoringFromTheExplainedValuesGivesTheRankersScoreUnderAnyWeights() {
    var candidates =
        Map.of(
            A, candidate(A, "锂电池热管理", List.of("F01"), false, 0),
            B, candidate(B, "电池热管理与液冷", List.of("E050601"), true, 2));
    for (Weights w :
        List.of(
            Weights.DEFAULT,
            new Weights("score", 0.5, 0.6, 0.4, 0.3, 0.2, 0.5, 0.3, 0.25),
            new Weights("score", 0.5, 0.1, 0, 0.9, 0, 0, 0.9, 1.0))) {
      for (Match m :
          new Reranker(w).rank(query("HUAIAN"), List.of(A, B), List.of(B, A), candidates, 10)) {
        var values = new java.util.HashMap<String, Double>();
        m.explanation().contributions().forEach(c -> values.put(c.feature(), c.value()));
        assertThat(Rescoring.score(values, w))
            .as("%s under %s", m.id(), w)
            .isCloseTo(m.score(), org.assertj.core.data.Offset.offset(1e-3));
      }
    }
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

  /** Candidates with seeded random texts' scores and vectors, for the paging properties. */
  static final class World {
    final List<UUID> bm25 = new java.util.ArrayList<>();
    final List<UUID> knn = new java.util.ArrayList<>();
    final Map<UUID, Double> scores = new java.util.HashMap<>();
    final Map<UUID, Candidate> candidates = new java.util.HashMap<>();
    final float[] query;

    World(long seed, int n, boolean ties) {
      var random = new java.util.Random(seed);
      query = vector(random);
      float[] shared = vector(random);
      for (int i = 0; i < n; i++) {
        UUID id = new UUID(0, random.nextLong());
        // With ties: every third candidate is a copy of one text (same BM25 score, same vector).
        boolean copy = ties && i % 3 == 0;
        float[] v = copy ? shared : vector(random);
        scores.put(id, copy ? 5.0 : 1 + random.nextInt(90) / 10.0);
        candidates.put(
            id,
            new Candidate(id, "c" + i, "电池热管理", List.of(), List.of(), false, false, null, null, v));
      }
      bm25.addAll(candidates.keySet());
      bm25.sort(
          java.util.Comparator.comparing((UUID id) -> scores.get(id))
              .reversed()
              .thenComparing(UUID::toString));
      knn.addAll(candidates.keySet());
      knn.sort(
          java.util.Comparator.comparing(
                  (UUID id) ->
                      cn.gov.huaian.zjtx.matchmaking.text.Embedder.cosine(
                          query, candidates.get(id).vector()))
              .reversed()
              .thenComparing(UUID::toString));
    }

    static float[] vector(java.util.Random random) {
      float[] v = new float[8];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) random.nextGaussian();
      }
      return v;
    }

    MatchQuery q() {
      return new MatchQuery("电池", List.of("电池"), Set.of("电池"), query, List.of(), List.of(), "ANY");
    }

    /** The ranking seen when each retrieval went {@code depth} deep. */
    Reranker.Page page(int depth, int anchor, Cursor after, int size) {
      var b = bm25.subList(0, Math.min(depth, bm25.size()));
      var k = knn.subList(0, Math.min(depth, knn.size()));
      // As Retrieval does: every candidate of either list with its real BM25 score.
      var s = new java.util.HashMap<UUID, Double>();
      b.forEach(id -> s.put(id, scores.get(id)));
      k.forEach(id -> s.put(id, scores.get(id)));
      return new Reranker(Weights.DEFAULT)
          .page(q(), b, k, s, candidates, Reranker.Stage.FULL, anchor, after, size);
    }
  }

  static Cursor after(Match last) {
    return new Cursor("s", last.rank(), last.score(), last.id());
  }

  @Test
  void aDeeperRetrievalScoresEveryCandidateAsTheFirstPageDid() {
    int anchorMattered = 0;
    for (long seed = 1; seed <= 20; seed++) {
      var world = new World(seed, 60, false);
      Map<UUID, Double> shallow = new java.util.HashMap<>();
      world.page(10, 10, null, 100).items().forEach(m -> shallow.put(m.id(), m.score()));
      var deep = world.page(60, 10, null, 100).items();
      long compared =
          deep.stream()
              .filter(m -> shallow.containsKey(m.id()))
              .peek(m -> assertThat(m.score()).isEqualTo(shallow.get(m.id())))
              .count();
      assertThat(compared).as("seed " + seed).isEqualTo(shallow.size());
      // Without the anchor (normalised over all 60), the same candidates would score otherwise.
      var unanchored = world.page(60, 60, null, 100).items();
      if (unanchored.stream()
          .anyMatch(m -> shallow.containsKey(m.id()) && m.score() != shallow.get(m.id()))) {
        anchorMattered++;
      }
    }
    assertThat(anchorMattered)
        .as("seeds where normalising over all candidates differs")
        .isGreaterThan(10);
  }

  @Test
  void pagesFollowedByCursorsGiveTheWholeRankingOnceEvenThroughTies() {
    for (long seed = 1; seed <= 8; seed++) {
      var world = new World(seed, 45, true);
      var whole = world.page(45, 10, null, 1000).items();
      for (int size : new int[] {1, 2, 7, 10}) {
        var got = new java.util.ArrayList<Match>();
        Cursor cursor = null;
        do {
          var page = world.page(45, 10, cursor, size);
          got.addAll(page.items());
          cursor = page.more() ? after(page.items().getLast()) : null;
        } while (cursor != null);
        assertThat(got).as("seed %d, size %d", seed, size).containsExactlyElementsOf(whole);
      }
    }
  }

  @Test
  void pagesThatRetrieveDeeperAsTheyGoGiveTheWholeRankingAfterTheFirstPage() {
    for (long seed = 1; seed <= 20; seed++) {
      var world = new World(seed, 45, true);
      var whole = world.page(45, 10, null, 1000).items();
      for (int size : new int[] {1, 3, 10}) {
        var got = new java.util.ArrayList<Match>();
        Cursor cursor = null;
        do {
          // As MatchService does: at least served + size deep (anchored at 10), deeper when the
          // page is short or, after the first page, not certain.
          int served = cursor == null ? 0 : cursor.offset();
          final Cursor after = cursor;
          var attempt =
              Paging.fetch(
                  Math.max(10, served + size),
                  45,
                  size,
                  after != null,
                  depth ->
                      new Paging.Attempt<>(
                          depth, world.page(depth, 10, after, size), depth < world.bm25.size()));
          got.addAll(attempt.page().items());
          cursor =
              Paging.hasNext(attempt, served, size, 1000)
                  ? after(attempt.page().items().getLast())
                  : null;
        } while (cursor != null);
        // The first page is ranked from the first 10 of each list, as it always was: what it
        // missed above its last result stays missed (the cursor continues after that result);
        // every later page is exact.
        var first = world.page(Math.max(10, size), 10, null, size).items();
        Cursor end = after(first.getLast());
        var firstIds = first.stream().map(Match::id).toList();
        var expected =
            whole.stream()
                .filter(m -> firstIds.contains(m.id()) || end.isBefore(m.score(), m.id()))
                .map(Match::id)
                .toList();
        assertThat(got)
            .extracting(Match::id)
            .as("seed %d, size %d", seed, size)
            .containsExactlyElementsOf(expected);
        assertThat(got)
            .extracting(Match::rank)
            .containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, got.size()).boxed().toList());
      }
    }
  }

  @Test
  void equalScoresAreOrderedById() {
    var world = new World(7, 30, true);
    var ranked = world.page(30, 30, null, 100).items();
    for (int i = 1; i < ranked.size(); i++) {
      Match a = ranked.get(i - 1);
      Match b = ranked.get(i);
      assertThat(a.score()).isGreaterThanOrEqualTo(b.score());
      if (a.score() == b.score()) {
        assertThat(a.id().toString()).isLessThan(b.id().toString());
      }
    }
    assertThat(ranked.stream().map(Match::score).distinct().count()).isLessThan(ranked.size());
  }
}
