package cn.gov.huaian.zjtx.gateway.admin.users;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** The platform's users as Keycloak holds them, through the Keycloak admin client. */
@ApplicationScoped
public class UserDirectory {
  private final Keycloak keycloak;
  private final String realm;

  public UserDirectory(
      Keycloak keycloak,
      @ConfigProperty(name = "zjtx.gateway.realm", defaultValue = "zjtx") String realm) {
    this.keycloak = keycloak;
    this.realm = realm;
  }

  /** Creates the user with its role and binding; returns its id. 409 when the name is taken. */
  public String create(NewUser user, PlatformRole role, String boundTo) {
    UserRepresentation rep = new UserRepresentation();
    rep.setUsername(user.username());
    rep.setFirstName(user.displayName());
    rep.setLastName("");
    rep.setEmail(user.email());
    rep.setEmailVerified(user.email() != null);
    rep.setEnabled(true);
    role.bindingAttribute()
        .ifPresent(attribute -> rep.setAttributes(Map.of(attribute, List.of(boundTo))));
    if (user.initialPassword() != null) {
      rep.setCredentials(List.of(temporaryPassword(user.initialPassword())));
    }
    try (Response response = realm().users().create(rep)) {
      if (response.getStatus() == 409) {
        throw ProblemException.conflict("username-taken", "用户名或邮箱已被使用：" + user.username());
      }
      if (response.getStatus() != 201) {
        throw new IllegalStateException("Keycloak 创建用户失败，状态 " + response.getStatus());
      }
      String path = response.getLocation().getPath();
      String id = path.substring(path.lastIndexOf('/') + 1);
      RoleRepresentation realmRole = realm().roles().get(role.realmRole()).toRepresentation();
      realm().users().get(id).roles().realmLevel().add(List.of(realmRole));
      return id;
    }
  }

  public UserView get(String id) {
    return view(user(id).toRepresentation(), user(id));
  }

  public List<UserView> list(String search, String role, int first, int max) {
    List<UserRepresentation> found =
        role != null
            ? realm().roles().get(role).getUserMembers(first, max)
            : realm().users().search(search == null ? "" : search, first, max, true);
    List<UserView> views = new ArrayList<>();
    for (UserRepresentation rep : found) {
      if (rep.getServiceAccountClientId() == null
          && !rep.getUsername().startsWith("service-account-")) {
        views.add(view(rep, realm().users().get(rep.getId())));
      }
    }
    return views;
  }

  public void setEnabled(String id, boolean enabled) {
    UserRepresentation rep = user(id).toRepresentation();
    rep.setEnabled(enabled);
    user(id).update(rep);
    if (!enabled) {
      user(id)
          .logout(); // end its sessions at once; issued access tokens expire within their lifespan
    }
  }

  public void bind(String id, String attribute, String value) {
    UserRepresentation rep = user(id).toRepresentation();
    Map<String, List<String>> attributes =
        rep.getAttributes() == null ? new HashMap<>() : new HashMap<>(rep.getAttributes());
    attributes.put(attribute, List.of(value));
    rep.setAttributes(attributes);
    user(id).update(rep);
  }

  public List<String> realmRoles(String id) {
    return user(id).roles().realmLevel().listEffective().stream()
        .map(RoleRepresentation::getName)
        .filter(name -> PlatformRole.of(name).isPresent())
        .toList();
  }

  private UserView view(UserRepresentation rep, UserResource resource) {
    Map<String, List<String>> attributes =
        rep.getAttributes() == null ? Map.of() : rep.getAttributes();
    List<String> roles =
        resource.roles().realmLevel().listEffective().stream()
            .map(RoleRepresentation::getName)
            .filter(name -> PlatformRole.of(name).isPresent())
            .toList();
    return new UserView(
        rep.getId(),
        rep.getUsername(),
        rep.getFirstName(),
        rep.getEmail(),
        Boolean.TRUE.equals(rep.isEnabled()),
        roles,
        first(attributes, "enterprise_id"),
        first(attributes, "university_id"),
        first(attributes, "expert_id"));
  }

  private UserResource user(String id) {
    UserResource resource = realm().users().get(id);
    try {
      resource.toRepresentation();
    } catch (NotFoundException e) {
      throw ProblemException.notFound("用户");
    }
    return resource;
  }

  private RealmResource realm() {
    return keycloak.realm(realm);
  }

  private static String first(Map<String, List<String>> attributes, String name) {
    List<String> values = attributes.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static CredentialRepresentation temporaryPassword(String password) {
    CredentialRepresentation credential = new CredentialRepresentation();
    credential.setType(CredentialRepresentation.PASSWORD);
    credential.setValue(password);
    credential.setTemporary(true);
    return credential;
  }
}
