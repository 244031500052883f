package cn.gov.huaian.zjtx.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The verified-token cache trusts a token no longer than its exp and the configured maximum age.
 */
class VerifiedTokensTest {
  private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
  private final MovableClock clock = new MovableClock(NOW);
  private final VerifiedTokens tokens = new VerifiedTokens(Duration.ofMinutes(2), 100, clock);
  private final SecurityIdentity identity =
      QuarkusSecurityIdentity.builder().setPrincipal(() -> "ent-demo").build();

  @Test
  void aRememberedTokenIsFoundUntilItExpires() {
    tokens.remember("token-a", identity, NOW.plusSeconds(30));
    clock.now = NOW.plusSeconds(29);
    assertThat(tokens.find("token-a")).containsSame(identity);
    clock.now = NOW.plusSeconds(30);
    assertThat(tokens.find("token-a")).isEmpty();
  }

  @Test
  void aLongLivedTokenIsTrustedNoLongerThanTheMaximumAge() {
    tokens.remember("token-b", identity, NOW.plus(Duration.ofMinutes(15)));
    clock.now = NOW.plus(Duration.ofMinutes(2)).minusMillis(1);
    assertThat(tokens.find("token-b")).isPresent();
    clock.now = NOW.plus(Duration.ofMinutes(2));
    assertThat(tokens.find("token-b")).isEmpty();
  }

  @Test
  void anExpiredTokenIsNeverKept() {
    tokens.remember("token-c", identity, NOW.minusSeconds(1));
    tokens.remember("token-d", identity, NOW);
    assertThat(tokens.find("token-c")).isEmpty();
    assertThat(tokens.find("token-d")).isEmpty();
    assertThat(tokens.size()).isZero();
  }

  @Test
  void onlyTheExactTokenTextMatches() {
    tokens.remember("header.payload.signature", identity, NOW.plusSeconds(60));
    assertThat(tokens.find("header.payload.signaturf")).isEmpty();
    assertThat(tokens.find("header.payload.")).isEmpty();
    assertThat(tokens.find("header.payload.signature")).isPresent();
  }

  @Test
  void theCacheHoldsAtMostItsMaximumSize() {
    for (int i = 0; i < 1_000; i++) {
      tokens.remember("token-" + i, identity, NOW.plusSeconds(60));
    }
    assertThat(tokens.size()).isLessThanOrEqualTo(100);
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
