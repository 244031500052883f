package cn.gov.huaian.zjtx.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the validated token only (never from headers a client could forge):
 * roles, and the enterprise or university the user is bound to by a claim.
 */
@RequestScoped
public class CurrentUser {
  public static final String ENTERPRISE_CLAIM = "enterprise_id";
  public static final String UNIVERSITY_CLAIM = "university_id";
  public static final String EXPERT_CLAIM = "expert_id";

  private final SecurityIdentity identity;
  private final JsonWebToken token;

  public CurrentUser(SecurityIdentity identity, JsonWebToken token) {
    this.identity = identity;
    this.token = token;
  }

  public String subject() {
    return token.getSubject();
  }

  public String username() {
    String preferred = token.getClaim("preferred_username");
    return preferred != null ? preferred : identity.getPrincipal().getName();
  }

  public boolean is(String role) {
    return identity.hasRole(role);
  }

  public boolean isAdmin() {
    return is(Roles.ADMIN);
  }

  public Optional<UUID> enterpriseId() {
    return uuidClaim(ENTERPRISE_CLAIM);
  }

  public Optional<UUID> universityId() {
    return uuidClaim(UNIVERSITY_CLAIM);
  }

  public Optional<UUID> expertId() {
    return uuidClaim(EXPERT_CLAIM);
  }

  private Optional<UUID> uuidClaim(String name) {
    Object value = token.getClaim(name);
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(value.toString().replace("\"", "")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
