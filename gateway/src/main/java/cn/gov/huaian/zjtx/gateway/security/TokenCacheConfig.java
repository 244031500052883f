package cn.gov.huaian.zjtx.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long and how many verified bearer tokens the gateway remembers. */
@ConfigMapping(prefix = "zjtx.gateway.token-cache")
public interface TokenCacheConfig {
  /** Off: every call's token is verified again (signature, claims), as quarkus-oidc does alone. */
  @WithDefault("true")
  boolean enabled();

  /**
   * Longest time a verified token is trusted without a new check, even if it expires later. It
   * bounds how long a signing key removed from Keycloak's key set still lets its tokens through.
   */
  @WithDefault("2M")
  Duration maxAge();

  /** Most tokens remembered at once (one per signed-in session; the least used go first). */
  @WithDefault("20000")
  long maxSize();
}
