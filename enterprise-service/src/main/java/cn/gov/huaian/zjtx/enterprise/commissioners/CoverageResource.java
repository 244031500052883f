package cn.gov.huaian.zjtx.enterprise.commissioners;

import cn.gov.huaian.zjtx.enterprise.reference.ReferenceData;
import cn.gov.huaian.zjtx.enterprise.registry.EnterpriseAccess;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 服务专员覆盖情况 REST API. */
@Path("/api/v1/commissioners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class CoverageResource {
  private static final Set<String> MODES = Set.of("on-site", "phone", "online");
  private final CurrentUser user;
  private final EnterpriseAccess access;
  private final Coverage coverage;
  private final Caseload caseload;

  public CoverageResource(
      CurrentUser user, EnterpriseAccess access, Coverage coverage, Caseload caseload) {
    this.user = user;
    this.access = access;
    this.coverage = coverage;
    this.caseload = caseload;
  }

  @GET
  @Path("/me/enterprises")
  @RolesAllowed(Roles.COMMISSIONER)
  @Transactional
  @Operation(
      summary =
          "我负责的企业（梯度、距上次走访天数；未走访与最久未走访的在前） / The caller's assigned firms, most in need of a visit first")
  public List<Caseload.Firm> myEnterprises() {
    return caseload.firms(user.subject());
  }

  @GET
  @Path("/me/coverage")
  @RolesAllowed(Roles.COMMISSIONER)
  @Transactional
  @Operation(
      summary =
          "我的覆盖情况（对照“每两家企业配备 1 名专员”，附全市数字） / The caller's coverage against one commissioner per two firms")
  public Caseload.MyCoverage myCoverage() {
    return caseload.coverage(user.subject());
  }

  @GET
  @Path("/coverage")
  @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
  @Operation(summary = "服务专员覆盖情况（可按区县） / Commissioner coverage figures")
  public Coverage.Figures coverage(@QueryParam("district") String district) {
    if (district != null && ReferenceData.bundled().district(district).isEmpty()) {
      throw ProblemException.invalid("district", "区县代码“" + district + "”不是淮安市的区县");
    }
    return coverage.figures(district);
  }

  private void requireRead(UUID id) {
    if (!access.mayRead(user, id)) {
      throw ProblemException.notFound("企业");
    }
  }
}
