package cn.gov.huaian.zjtx.gateway.security;

import cn.gov.huaian.zjtx.gateway.web.BearerTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Puts {@link VerifiedTokens} in front of quarkus-oidc, through the security SPI only.
 *
 * <p>As an HTTP authentication mechanism it runs before quarkus-oidc's (higher priority): a bearer
 * token verified before is answered from the cache, without even decoding it; any other yields
 * nothing, and quarkus-oidc verifies it as usual. As the last augmentor it sees every identity
 * quarkus-oidc has produced, fully augmented, and remembers it. Identities carry the request they
 * came with (routing context, blocking-call context); those are removed before keeping and the
 * current request's routing context is set on every hit.
 */
@ApplicationScoped
public class TokenCache implements HttpAuthenticationMechanism, SecurityIdentityAugmentor {
  /** Marks an identity answered from the cache, so that it is not remembered again. */
  static final String FROM_CACHE = "zjtx.gateway.token-cache-hit";

  private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
  private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

  private final TokenCacheConfig config;
  private final VerifiedTokens tokens;
  private final Counter hits;
  private final Counter misses;

  public TokenCache(TokenCacheConfig config, MeterRegistry registry) {
    this.config = config;
    this.tokens = new VerifiedTokens(config.maxAge(), config.maxSize(), Clock.systemUTC());
    this.hits = registry.counter("zjtx.gateway.token.cache", "result", "hit");
    this.misses = registry.counter("zjtx.gateway.token.cache", "result", "miss");
  }

  /** Before quarkus-oidc's mechanism (default priority + 1). */
  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 1000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext rc, IdentityProviderManager identityProviderManager) {
    String token =
        config.enabled() ? BearerTokens.of(rc.request().getHeader("Authorization")) : null;
    if (token == null) {
      return Uni.createFrom().nullItem();
    }
    Optional<SecurityIdentity> known = tokens.find(token);
    if (known.isEmpty()) {
      misses.increment();
      return Uni.createFrom().nullItem();
    }
    hits.increment();
    return Uni.createFrom().item(forThisRequest(known.get(), rc));
  }

  /** No challenge of its own: quarkus-oidc's (and the gateway's 401 problem) apply. */
  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  /** After every other augmentor, so that the identity kept is the finished one. */
  @Override
  public int priority() {
    return Integer.MIN_VALUE;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (config.enabled() && identity.getAttribute(FROM_CACHE) == null) {
      remember(identity);
    }
    return Uni.createFrom().item(identity);
  }

  /** Clears the cache (tests that must see a token verified afresh). */
  public void clear() {
    tokens.clear();
  }

  private void remember(SecurityIdentity identity) {
    AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
    if (credential != null
        && identity.getPrincipal() instanceof JsonWebToken jwt
        && jwt.getExpirationTime() > 0) {
      tokens.remember(
          credential.getToken(),
          withoutRequest(identity),
          Instant.ofEpochSecond(jwt.getExpirationTime()));
    }
  }

  private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
    Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
    attributes.remove(ROUTING_CONTEXT);
    attributes.remove(REQUEST_CONTEXT);
    return copy(identity, attributes);
  }

  private static SecurityIdentity forThisRequest(SecurityIdentity kept, RoutingContext rc) {
    Map<String, Object> attributes = new HashMap<>(kept.getAttributes());
    attributes.put(FROM_CACHE, Boolean.TRUE);
    attributes.put(ROUTING_CONTEXT, rc);
    return copy(kept, attributes);
  }

  private static SecurityIdentity copy(SecurityIdentity identity, Map<String, Object> attributes) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(identity.getPrincipal())
        .addRoles(identity.getRoles())
        .addCredentials(identity.getCredentials())
        .addAttributes(attributes)
        .addPermissionChecker(identity::checkPermission)
        .setAnonymous(identity.isAnonymous())
        .build();
  }
}
