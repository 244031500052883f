package cn.gov.huaian.zjtx.matchmaking.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WinnersTest {
  static final UUID A = UUID.randomUUID();
  static final UUID B = UUID.randomUUID();
  static final UUID C = UUID.randomUUID();

  static Winners.Scored s(UUID id, String score) {
    return new Winners.Scored(id, new BigDecimal(score));
  }

  @Test
  void theBestWinAndATieWithTheLastPlaceWinsToo() {
    assertThat(Winners.pick(List.of(s(A, "88"), s(B, "92.5"), s(C, "70")), 1, new BigDecimal("60")))
        .containsExactly(B);
    assertThat(Winners.pick(List.of(s(A, "88"), s(B, "88"), s(C, "70")), 1, new BigDecimal("60")))
        .containsExactlyInAnyOrder(A, B);
  }

  @Test
  void nobodyUnderThePassMarkWins() {
    assertThat(Winners.pick(List.of(s(A, "55"), s(B, "59.99")), 2, new BigDecimal("60"))).isEmpty();
  }
}
