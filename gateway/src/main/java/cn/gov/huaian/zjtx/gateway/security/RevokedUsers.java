package cn.gov.huaian.zjtx.gateway.security;

import cn.gov.huaian.zjtx.gateway.web.Problems;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Users an admin has disabled are refused at once (401), although the access tokens Keycloak issued
 * them stay validly signed until they expire (and may sit in the {@link TokenCache}).
 *
 * <p>Kept in the gateway's database, so that every gateway replica refuses them: the replica that
 * disabled the user knows at once, the others within {@code refresh} (a copy in memory is checked
 * per call; the database is not). An entry lasts {@code keep-for}, longer than any access token.
 */
@ApplicationScoped
public class RevokedUsers {
  private final Config config;
  private volatile Map<String, Instant> revokedUntil = new ConcurrentHashMap<>();

  /** How long a disabled user's tokens are refused, and how often replicas re-read the list. */
  @ConfigMapping(prefix = "zjtx.gateway.revocation")
  public interface Config {
    /** Longer than the realm's longest access-token lifespan (15 minutes). */
    @WithDefault("20M")
    Duration keepFor();
  }

  public RevokedUsers(Config config) {
    this.config = config;
  }

  /** After authentication, before any route of the API: proxied calls and the admin API alike. */
  void register(@Observes Router router) {
    router.route("/api/*").order(-1).handler(this::refuseRevoked);
  }

  void refuseRevoked(RoutingContext rc) {
    if (rc.user() instanceof QuarkusHttpUser user
        && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token
        && isRevoked(token.getSubject())) {
      rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"zjtx\", error=\"invalid_token\"");
      Problems.send(rc, 401, "user-disabled", "账号已停用", "该账号已被管理员停用，请联系管理员");
      return;
    }
    rc.next();
  }

  public boolean isRevoked(String userId) {
    Instant until = userId == null ? null : revokedUntil.get(userId);
    return until != null && Instant.now().isBefore(until);
  }

  /**
   * Refuses the user's tokens from now on, here at once and on the other replicas after a refresh.
   */
  @Transactional
  public void revoke(String userId) {
    Instant now = Instant.now();
    RevokedUser entry = RevokedUser.findById(userId);
    if (entry == null) {
      entry = new RevokedUser();
      entry.userId = userId;
    }
    entry.revokedAt = now;
    entry.until = now.plus(config.keepFor());
    entry.persist();
    revokedUntil.put(userId, entry.until);
  }

  /** Re-enabled: its new tokens are accepted (Keycloak issues none while it is disabled). */
  @Transactional
  public void restore(String userId) {
    RevokedUser.deleteById(userId);
    revokedUntil.remove(userId);
  }

  /** Re-reads the list so that a user disabled through another replica is refused here too. */
  @Scheduled(
      every = "${zjtx.gateway.revocation.refresh:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  void refresh() {
    RevokedUser.delete("until < ?1", Instant.now());
    revokedUntil =
        RevokedUser.<RevokedUser>listAll().stream()
            .collect(Collectors.toConcurrentMap(r -> r.userId, r -> r.until));
  }
}
