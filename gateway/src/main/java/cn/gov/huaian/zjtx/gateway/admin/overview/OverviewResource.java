package cn.gov.huaian.zjtx.gateway.admin.overview;

import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 企业全景：档案、指标、资质、培育库、政策结果、技术需求与合作，一次取齐。 */
@Path("/api/v1/admin/enterprises/{id}/overview")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "commissioner"})
public class OverviewResource {
  private final EnterpriseOverview overview;

  public OverviewResource(EnterpriseOverview overview) {
    this.overview = overview;
  }

  @GET
  @Operation(
      summary =
          "企业全景（各服务并行获取，部分服务不可用时标记） / Enterprise overview from every service, partial when one is down")
  public CompletionStage<JsonObject> get(
      @PathParam("id") UUID id,
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("X-Request-Id") String requestId) {
    return overview.of(id, authorization, requestId);
  }
}
