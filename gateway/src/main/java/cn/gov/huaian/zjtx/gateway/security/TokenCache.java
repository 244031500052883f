package cn.gov.huaian.zjtx.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
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
 * <p>As an identity provider it runs before quarkus-oidc's (higher priority): a token verified
 * before is answered from the cache; any other yields nothing, and quarkus-oidc verifies it as
 * usual. As an augmentor it sees every identity quarkus-oidc has produced and remembers it.
 * Identities carry the request they came with (routing context, blocking-call context); those are
 * removed before keeping and set afresh on every hit.
 */
@ApplicationScoped
public class TokenCache implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {
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

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /** Before quarkus-oidc's provider, which has the default priority. */
  @Override
  public int priority() {
    return IdentityProvider.super.priority() + 1000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    if (!config.enabled() || !(request.getToken() instanceof AccessTokenCredential credential)) {
      return Uni.createFrom().nullItem();
    }
    Optional<SecurityIdentity> known = tokens.find(credential.getToken());
    if (known.isEmpty()) {
      misses.increment();
      return Uni.createFrom().nullItem();
    }
    hits.increment();
    return Uni.createFrom().item(forThisRequest(known.get(), HttpSecurityUtils.getRoutingContextAttribute(request), context));
  }

  @Override
  public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
    if (config.enabled() && identity.getAttribute(FROM_CACHE) == null) {
      remember(identity);
    }
    return Uni.createFrom().item(identity);
  }

  private void remember(SecurityIdentity identity) {
    AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
    if (credential != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
      tokens.remember(credential.getToken(), withoutRequest(identity), Instant.ofEpochSecond(jwt.getExpirationTime()));
    }
  }

  /** Clears the cache (tests that must see a token verified afresh). */
  public void clear() {
    tokens.clear();
  }

  private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
    Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
    attributes.remove(ROUTING_CONTEXT);
    attributes.remove(REQUEST_CONTEXT);
    return copy(identity, attributes);
  }

  private static SecurityIdentity forThisRequest(SecurityIdentity kept, RoutingContext rc, AuthenticationRequestContext context) {
    Map<String, Object> attributes = new HashMap<>(kept.getAttributes());
    attributes.put(FROM_CACHE, Boolean.TRUE);
    if (rc != null) {
      attributes.put(ROUTING_CONTEXT, rc);
    }
    attributes.put(REQUEST_CONTEXT, context);
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
