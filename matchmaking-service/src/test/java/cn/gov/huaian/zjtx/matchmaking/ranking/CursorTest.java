package cn.gov.huaian.zjtx.matchmaking.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The page cursor: an opaque token that survives a round trip and refuses to be misused. */
class CursorTest {
  static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000042");
  static final String SCOPE = Cursor.scope("need-experts", "n1", "FULL");

  @Test
  void aTokenDecodesToTheCursorItWasMadeFrom() {
    var cursor = new Cursor(SCOPE, 40, 0.8731, ID);
    String token = cursor.encode();
    assertThat(token).matches("[A-Za-z0-9_-]+");
    assertThat(Cursor.decode(token, SCOPE)).isEqualTo(cursor);
    var tiny = new Cursor(SCOPE, 1, 1.0E-4, ID);
    assertThat(Cursor.decode(tiny.encode(), SCOPE)).isEqualTo(tiny);
  }

  @Test
  void theScopeIsStableAndTellsQuestionsApart() {
    assertThat(Cursor.scope("need-experts", "n1", "FULL")).isEqualTo(SCOPE).hasSize(16);
    assertThat(Cursor.scope("need-experts", "n1", "BM25")).isNotEqualTo(SCOPE);
    assertThat(Cursor.scope("search-experts", "FULL", "电池"))
        .isNotEqualTo(Cursor.scope("search-experts", "FULL", "电池包"));
    // Parts are separated: ("ab", "c") is not ("a", "bc").
    assertThat(Cursor.scope("ab", "c")).isNotEqualTo(Cursor.scope("a", "bc"));
  }

  @Test
  void aTokenOfAnotherQueryIsRefused() {
    String token = new Cursor(SCOPE, 20, 0.5, ID).encode();
    assertThatThrownBy(() -> Cursor.decode(token, Cursor.scope("need-experts", "n2", "FULL")))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.status()).isEqualTo(400);
              assertThat(p.violations().getFirst().field()).isEqualTo("cursor");
              assertThat(p.getMessage()).contains("不属于本次查询");
            });
  }

  @Test
  void aDamagedOrForgedTokenIsA400NotAWrongPage() {
    String token = new Cursor(SCOPE, 20, 0.5, ID).encode();
    String body = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    // The offset changed by hand: the checksum no longer fits.
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(body.replace("|20|", "|900|").getBytes(StandardCharsets.UTF_8));
    for (String bad :
        new String[] {
          forged, "not base64 ***", "", "YWJj", token.substring(0, token.length() - 3)
        }) {
      assertThatThrownBy(() -> Cursor.decode(bad, SCOPE))
          .as(bad)
          .isInstanceOfSatisfying(
              ProblemException.class,
              p -> {
                assertThat(p.status()).isEqualTo(400);
                assertThat(p.getMessage()).contains("游标无效");
              });
    }
  }

  @Test
  void tiesAreOrderedByTheIdAsText() {
    // As text "8…" follows "7…"; UUID.compareTo (signed) would put 8… (negative) first.
    UUID seven = UUID.fromString("70000000-0000-4000-8000-000000000000");
    UUID eight = UUID.fromString("80000000-0000-4000-8000-000000000000");
    assertThat(new Cursor(SCOPE, 1, 0.5, seven).isBefore(0.5, eight)).isTrue();
    assertThat(new Cursor(SCOPE, 1, 0.5, eight).isBefore(0.5, seven)).isFalse();
  }

  @Test
  void theOrderIsScoreDescendingThenIdAscending() {
    var cursor = new Cursor(SCOPE, 3, 0.5, ID);
    UUID smaller = UUID.fromString("00000000-0000-4000-8000-000000000041");
    UUID larger = UUID.fromString("00000000-0000-4000-8000-000000000043");
    assertThat(cursor.isBefore(0.4, smaller)).as("lower score").isTrue();
    assertThat(cursor.isBefore(0.6, larger)).as("higher score").isFalse();
    assertThat(cursor.isBefore(0.5, larger)).as("tie, larger id").isTrue();
    assertThat(cursor.isBefore(0.5, smaller)).as("tie, smaller id").isFalse();
    assertThat(cursor.isBefore(0.5, ID)).as("the last result itself").isFalse();
  }
}
