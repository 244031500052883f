package cn.gov.huaian.zjtx.enterprise.commissioners;

import cn.gov.huaian.zjtx.enterprise.registry.CommissionerAssignment;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseAccess;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseRegistry;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.validation.Violations;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 走访记录 REST API: commissioners' visits to the enterprises assigned to them. */
@Path("/api/v1/enterprises/{id}/visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class VisitResource {
  private static final Set<String> MODES = Set.of("on-site", "phone", "online");
  private final CurrentUser user;
  private final EnterpriseAccess access;

  public VisitResource(CurrentUser user, EnterpriseAccess access) {
    this.user = user;
    this.access = access;
  }

  /** A visit to record. */
  public record VisitInput(
      LocalDate visitedOn, String mode, String summary, String techNeeds, String followUp) {}

  /** A visit as shown. */
  public record VisitView(
      UUID id,
      UUID enterpriseId,
      String commissionerSubject,
      String commissionerName,
      LocalDate visitedOn,
      String mode,
      String summary,
      String techNeeds,
      String followUp) {
    static VisitView of(Visit v) {
      return new VisitView(
          v.id,
          v.enterpriseId,
          v.commissionerSubject,
          v.commissionerName,
          v.visitedOn,
          v.mode,
          v.summary,
          v.techNeeds,
          v.followUp);
    }
  }

  @GET
  @Operation(summary = "企业的走访记录 / Visits to an enterprise")
  public List<VisitView> visits(@PathParam("id") UUID id) {
    requireRead(id);
    return Visit.<Visit>list("enterpriseId", Sort.descending("visitedOn", "createdAt"), id).stream()
        .map(VisitView::of)
        .toList();
  }

  @POST
  @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
  @Transactional
  @Operation(summary = "记录一次走访（须为该企业的服务专员） / Record a visit")
  public Response visit(@PathParam("id") UUID id, VisitInput in) {
    requireRead(id);
    if (!user.isAdmin()
        && CommissionerAssignment.findById(new CommissionerAssignment.Key(id, user.subject()))
            == null) {
      throw ProblemException.forbidden("只有该企业的服务专员可以记录走访");
    }
    Violations e = new Violations();
    if (in == null) {
      throw ProblemException.invalid("body", "请求体不能为空");
    }
    if (in.visitedOn() == null) {
      e.add("visitedOn", "走访日期不能为空");
    } else if (in.visitedOn().isAfter(LocalDate.now(EnterpriseRegistry.ZONE))) {
      e.add("visitedOn", "走访日期不能晚于今天");
    }
    if (in.mode() == null || !MODES.contains(in.mode())) {
      e.add("mode", "走访方式应为 on-site（上门）、phone（电话）或 online（线上）");
    }
    String summary = e.requiredText("summary", "走访情况", in.summary(), 2, 1000);
    String needs = e.optionalText("techNeeds", "科技需求", in.techNeeds(), 2000);
    String follow = e.optionalText("followUp", "后续跟进", in.followUp(), 1000);
    if (!e.isEmpty()) {
      throw ProblemException.invalid(e.list());
    }
    Visit v = new Visit();
    v.id = UUID.randomUUID();
    v.enterpriseId = id;
    v.commissionerSubject = user.subject();
    v.commissionerName = user.username();
    v.visitedOn = in.visitedOn();
    v.mode = in.mode();
    v.summary = summary;
    v.techNeeds = needs;
    v.followUp = follow;
    v.persist();
    return Response.status(201).entity(VisitView.of(v)).build();
  }

  private void requireRead(UUID id) {
    if (!access.mayRead(user, id)) {
      throw ProblemException.notFound("企业");
    }
  }
}
