package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.platform.security.Roles;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 免申即享名单（管理员）: JSON and XLSX. */
@Path("/api/v1/programs/{id}/beneficiaries")
@RolesAllowed(Roles.ADMIN)
@RunOnVirtualThread
public class BeneficiaryResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private final Beneficiaries beneficiaries;

  public BeneficiaryResource(Beneficiaries beneficiaries) {
    this.beneficiaries = beneficiaries;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "免申即享受益企业名单 / Beneficiaries of an exempt program")
  public Beneficiaries.BeneficiaryList list(@PathParam("id") UUID id) {
    return beneficiaries.list(id);
  }

  @GET
  @Path("/export.xlsx")
  @Produces(XLSX)
  @Operation(summary = "导出免申即享名单（XLSX） / Export beneficiaries as XLSX")
  public Response xlsx(@PathParam("id") UUID id) {
    byte[] file = beneficiaries.xlsx(beneficiaries.list(id));
    return Response.ok(file, XLSX)
        .header("Content-Disposition", "attachment; filename=\"beneficiaries-" + id + ".xlsx\"")
        .build();
  }
}
