package cn.gov.huaian.zjtx.enterprise.tiers;

import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseAccess;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 梯度与资质 REST API: certifications held by an enterprise; certifying is the departments' job. */
@Path("/api/v1/enterprises/{id}/qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class QualificationResource {
  private final CurrentUser user;
  private final EnterpriseAccess access;
  private final QualificationService service;

  public QualificationResource(
      CurrentUser user, EnterpriseAccess access, QualificationService service) {
    this.user = user;
    this.access = access;
    this.service = service;
  }

  /** Revocation of a certification. */
  public record Revocation(LocalDate revokedOn, String reason) {}

  @GET
  @Operation(summary = "企业持有的梯度与资质（含历史） / Tiers and qualifications held, with history")
  public List<QualificationView> list(@PathParam("id") UUID id) {
    if (!access.mayRead(user, id)) {
      throw ProblemException.notFound("企业");
    }
    LocalDate today = QualificationService.today();
    return service.of(id).stream().map(q -> QualificationView.of(q, today)).toList();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "认定梯度或资质 / Certify a tier or qualification")
  public Response certify(@PathParam("id") UUID id, QualificationInput body) {
    Qualification q = service.certify(id, body, user.username());
    return Response.status(201)
        .entity(QualificationView.of(q, QualificationService.today()))
        .build();
  }

  @POST
  @Path("/{qid}/revoke")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "撤销资质（注明日期与原因） / Revoke a certification")
  public QualificationView revoke(
      @PathParam("id") UUID id, @PathParam("qid") UUID qid, Revocation body) {
    if (body == null) {
      throw ProblemException.invalid("reason", "撤销原因不能为空");
    }
    Violations v = new Violations();
    String reason = v.requiredText("reason", "撤销原因", body.reason(), 200);
    v.throwIfAny();
    return QualificationView.of(
        service.revoke(id, qid, body.revokedOn(), reason), QualificationService.today());
  }
}
