package cn.gov.huaian.zjtx.matchmaking.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.search.SearchIndex.Scored;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeywordCutTest {
  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
  private static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");

  @Test
  void aCutBetweenDifferentScoresKeepsTheTopAndOrdersItsTiesById() {
    // Lucene's tie order (index order) put c before a; the ranking's order is by id
    var hits =
        List.of(new Scored(B, 3.0), new Scored(C, 2.0), new Scored(A, 2.0), new Scored(D, 1.0));

    assertThat(KeywordCut.top(hits, 3))
        .contains(List.of(new Scored(B, 3.0), new Scored(A, 2.0), new Scored(C, 2.0)));
  }

  @Test
  void equalScoresAcrossTheCutAskForTheIdOrderedSearch() {
    // which of c and a is inside the top 2 depends on the tie order: the fast answer cannot say
    var hits = List.of(new Scored(B, 3.0), new Scored(C, 2.0), new Scored(A, 2.0));

    assertThat(KeywordCut.top(hits, 2)).isEmpty();
  }

  @Test
  void fewerHitsThanTheDepthAreAllOfThemWhateverTheirTies() {
    var hits = List.of(new Scored(C, 2.0), new Scored(A, 2.0));

    assertThat(KeywordCut.top(hits, 2)).contains(List.of(new Scored(A, 2.0), new Scored(C, 2.0)));
    assertThat(KeywordCut.top(hits, 5)).contains(List.of(new Scored(A, 2.0), new Scored(C, 2.0)));
    assertThat(KeywordCut.top(List.of(), 5)).contains(List.of());
  }
}
