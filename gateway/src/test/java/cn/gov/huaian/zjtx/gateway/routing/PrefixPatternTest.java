package cn.gov.huaian.zjtx.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixPatternTest {

  @Test
  void aPrefixMatchesItselfAndWhatIsBelowButNotALongerName() {
    String regex = PrefixPattern.of("/api/v1/tech-needs");
    assertThat("/api/v1/tech-needs").matches(regex);
    assertThat("/api/v1/tech-needs/42/private").matches(regex);
    assertThat("/api/v1/tech-needs-x").doesNotMatch(regex);
  }

  @Test
  void aStarIsExactlyOneSegment() {
    String regex = PrefixPattern.of("/api/v1/enterprises/*/matches");
    assertThat("/api/v1/enterprises/0a6e/matches").matches(regex);
    assertThat("/api/v1/enterprises/0a6e/matches/p1").matches(regex);
    assertThat("/api/v1/enterprises/0a6e").doesNotMatch(regex);
    assertThat("/api/v1/enterprises/a/b/matches").doesNotMatch(regex);
    assertThat("/api/v1/enterprises/0a6e/figures").doesNotMatch(regex);
  }

  @Test
  void regexCharactersInAPrefixAreLiteral() {
    assertThat("/api/v1/a.b").matches(PrefixPattern.of("/api/v1/a.b"));
    assertThat("/api/v1/aXb").doesNotMatch(PrefixPattern.of("/api/v1/a.b"));
  }
}
