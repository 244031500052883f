package cn.gov.huaian.zjtx.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Identities of bearer tokens that quarkus-oidc has already verified, by the exact token text,
 * until the token expires or {@code maxAge} passes, whichever is first.
 *
 * <p>Why: verifying a token (RS256 signature, JSON parsing, claims) is about half of the gateway's
 * CPU per proxied call, and a browser sends the same token for minutes. The same text verified
 * again would give the same answer until it expires, so the answer is kept that long; a token that
 * differs in any character (a forged signature, say) is a miss and is verified in full.
 */
public final class VerifiedTokens {
  private final Cache<String, Entry> entries;
  private final Duration maxAge;
  private final Clock clock;

  /**
   * What is kept per token: the identity, stripped of per-request attributes, and its end of trust.
   */
  record Entry(SecurityIdentity identity, Instant trustedUntil) {}

  public VerifiedTokens(Duration maxAge, long maxSize, Clock clock) {
    this.maxAge = maxAge;
    this.clock = clock;
    this.entries =
        Caffeine.newBuilder()
            // Maintenance on the calling thread: handing it to the common pool woke a pool thread
            // on most calls (≈ 3 % of the gateway's CPU under load).
            .executor(Runnable::run)
            .maximumSize(maxSize)
            .expireAfter(Expiry.<String, Entry>creating((token, entry) -> remaining(entry)))
            .build();
  }

  /** The identity verified earlier for exactly this token, if it is still within its trust. */
  public Optional<SecurityIdentity> find(String token) {
    Entry entry = entries.getIfPresent(token);
    // Checked here as well as by the cache's expiry, so that correctness never rests on when the
    // cache gets round to evicting.
    if (entry == null || !clock.instant().isBefore(entry.trustedUntil())) {
      return Optional.empty();
    }
    return Optional.of(entry.identity());
  }

  /** Remembers a verified token until {@code expiresAt} (its exp claim) or for at most maxAge. */
  public void remember(String token, SecurityIdentity identity, Instant expiresAt) {
    Instant now = clock.instant();
    Instant until = earlier(expiresAt, now.plus(maxAge));
    if (until.isAfter(now)) {
      entries.put(token, new Entry(identity, until));
    }
  }

  /** Forgets every token (used when trust must be re-established at once, e.g. in tests). */
  public void clear() {
    entries.invalidateAll();
  }

  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }

  private Duration remaining(Entry entry) {
    Duration left = Duration.between(clock.instant(), entry.trustedUntil());
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
