package cn.gov.huaian.zjtx.enterprise.commissioners;

import cn.gov.huaian.zjtx.enterprise.registry.CommissionerAssignment;
import cn.gov.huaian.zjtx.enterprise.registry.Enterprise;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseAccess;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseRegistry;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 服务专员指派 REST API: who serves an enterprise. */
@Path("/api/v1/enterprises/{id}/commissioners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class AssignmentResource {
  private static final Set<String> MODES = Set.of("on-site", "phone", "online");
  private final CurrentUser user;
  private final EnterpriseAccess access;
  private final EnterpriseRegistry registry;

  public AssignmentResource(
      CurrentUser user, EnterpriseAccess access, EnterpriseRegistry registry) {
    this.user = user;
    this.access = access;
    this.registry = registry;
  }

  /** Who is assigned. */
  public record AssignmentView(
      UUID enterpriseId, String commissionerSubject, String commissionerName, Instant assignedAt) {
    static AssignmentView of(CommissionerAssignment a) {
      return new AssignmentView(
          a.enterpriseId, a.commissionerSubject, a.commissionerName, a.assignedAt);
    }
  }

  /** Assigning a commissioner: their display name (the subject is in the path). */
  public record Assign(String name) {}

  @GET
  @Operation(summary = "企业的服务专员 / Commissioners of an enterprise")
  public List<AssignmentView> assigned(@PathParam("id") UUID id) {
    requireRead(id);
    return CommissionerAssignment.<CommissionerAssignment>list("enterpriseId", id).stream()
        .map(AssignmentView::of)
        .toList();
  }

  @PUT
  @Path("/{subject}")
  @RolesAllowed(Roles.ADMIN)
  @Transactional
  @Operation(summary = "为企业指派服务专员（专员以 Keycloak 用户 ID 标识） / Assign a commissioner")
  public AssignmentView assign(
      @PathParam("id") UUID id, @PathParam("subject") String subject, Assign body) {
    if (subject == null || !subject.matches("[0-9a-fA-F-]{36}")) {
      throw ProblemException.invalid("subject", "服务专员应以其 Keycloak 用户 ID（UUID）标识");
    }
    if (Enterprise.findById(id) == null) {
      throw ProblemException.notFound("企业");
    }
    var violations = new Violations();
    String name = body == null ? null : violations.optionalName("name", "专员姓名", body.name(), 50);
    violations.throwIfAny();
    CommissionerAssignment a =
        CommissionerAssignment.findById(new CommissionerAssignment.Key(id, subject));
    boolean changed = a == null || !java.util.Objects.equals(a.commissionerName, name);
    if (a == null) {
      a = new CommissionerAssignment();
      a.enterpriseId = id;
      a.commissionerSubject = subject;
      a.assignedBy = user.username();
    }
    a.commissionerName = name;
    a.persist();
    if (changed) {
      // a new version and enterprise.changed (with the assignment in its snapshot), in this
      // transaction
      registry.touch(id);
    }
    return AssignmentView.of(a);
  }

  @DELETE
  @Path("/{subject}")
  @RolesAllowed(Roles.ADMIN)
  @Transactional
  @Operation(summary = "取消指派 / Unassign a commissioner")
  public Response unassign(@PathParam("id") UUID id, @PathParam("subject") String subject) {
    if (!CommissionerAssignment.deleteById(new CommissionerAssignment.Key(id, subject))) {
      throw ProblemException.notFound("指派记录");
    }
    registry.touch(id);
    return Response.noContent().build();
  }

  private void requireRead(UUID id) {
    if (!access.mayRead(user, id)) {
      throw ProblemException.notFound("企业");
    }
  }
}
