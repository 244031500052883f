package cn.gov.huaian.zjtx.gateway.admin.users;

import cn.gov.huaian.zjtx.gateway.admin.audit.AuditLog;
import cn.gov.huaian.zjtx.gateway.security.RevokedUsers;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.web.PageParams;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 用户管理 (admin only): create users of every role, bind them to their enterprise, university or
 * expert profile, disable and re-enable them. Every write is audited.
 */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@RunOnVirtualThread
public class UserAdminResource {
  private final UserDirectory directory;
  private final OrganisationCheck organisations;
  private final AuditLog audit;
  private final SecurityIdentity identity;
  private final RevokedUsers revokedUsers;

  public UserAdminResource(
      UserDirectory directory,
      OrganisationCheck organisations,
      AuditLog audit,
      SecurityIdentity identity,
      RevokedUsers revokedUsers) {
    this.directory = directory;
    this.organisations = organisations;
    this.audit = audit;
    this.identity = identity;
    this.revokedUsers = revokedUsers;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "创建用户（含角色与绑定） / Create a user with its role and binding")
  public Response create(
      @Valid @NotNull(message = "请求体不能为空") NewUser user,
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("X-Request-Id") String requestId) {
    PlatformRole role = PlatformRole.of(user.role()).orElseThrow();
    String boundTo = null;
    if (role.bindingAttribute().isPresent()) {
      var target =
          new Binding(user.enterpriseId(), user.universityId(), user.expertId()).forRole(role);
      organisations.requireExisting(role, target, authorization);
      boundTo = target.toString();
    }
    String id = directory.create(user, role, boundTo);
    audit.record(
        actor(),
        "user.created",
        id,
        new JsonObject()
            .put("username", user.username())
            .put("role", role.realmRole())
            .put("boundTo", boundTo),
        requestId);
    return Response.created(URI.create("/api/v1/admin/users/" + id))
        .entity(directory.get(id))
        .build();
  }

  @GET
  @Operation(summary = "用户列表 / Users, by name or role")
  public List<UserView> list(
      @QueryParam("search") String search,
      @QueryParam("role")
          @Pattern(
              regexp = "enterprise|university|expert|commissioner|admin",
              message = "角色须为 enterprise、university、expert、commissioner 或 admin 之一")
          String role,
      @BeanParam @Valid PageParams paging) {
    return directory.list(search, role, paging.offset(), paging.size);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "用户详情 / One user")
  public UserView get(@PathParam("id") String id) {
    return directory.get(id);
  }

  @PUT
  @Path("/{id}/binding")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "绑定企业、高校或专家档案 / Bind a user to its organisation")
  public UserView bind(
      @PathParam("id") String id,
      @NotNull(message = "请求体不能为空") Binding binding,
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("X-Request-Id") String requestId) {
    UserView user = directory.get(id);
    PlatformRole role =
        user.roles().stream()
            .map(PlatformRole::of)
            .flatMap(java.util.Optional::stream)
            .filter(r -> r.bindingAttribute().isPresent())
            .findFirst()
            .orElseThrow(
                () -> new ProblemException(409, "no-binding", "无需绑定", "该用户的角色不绑定企业、高校或专家档案"));
    var target = binding.forRole(role);
    organisations.requireExisting(role, target, authorization);
    directory.bind(id, role.bindingAttribute().get(), target.toString());
    audit.record(
        actor(),
        "user.bound",
        id,
        new JsonObject().put(role.bindingAttribute().get(), target.toString()),
        requestId);
    return directory.get(id);
  }

  @POST
  @Path("/{id}/disable")
  @Operation(summary = "停用用户并结束其会话 / Disable a user")
  public UserView disable(
      @PathParam("id") String id, @HeaderParam("X-Request-Id") String requestId) {
    return setEnabled(id, false, requestId);
  }

  @POST
  @Path("/{id}/enable")
  @Operation(summary = "重新启用用户 / Re-enable a user")
  public UserView enable(
      @PathParam("id") String id, @HeaderParam("X-Request-Id") String requestId) {
    return setEnabled(id, true, requestId);
  }

  private UserView setEnabled(String id, boolean enabled, String requestId) {
    directory.setEnabled(id, enabled);
    if (enabled) {
      revokedUsers.restore(id);
    } else {
      revokedUsers.revoke(
          id); // its tokens still verify until they expire: refused here from now on
    }
    audit.record(actor(), enabled ? "user.enabled" : "user.disabled", id, null, requestId);
    return directory.get(id);
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
