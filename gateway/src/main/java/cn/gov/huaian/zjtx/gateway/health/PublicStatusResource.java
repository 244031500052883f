package cn.gov.huaian.zjtx.gateway.health;

import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The platform's readiness for anyone outside (a load balancer, an uptime monitor, a user asking
 * "is it down?"): UP or DOWN and nothing else. The details (upstream URLs, which dependency is
 * degraded) stay on the management interface, which is not routed to the public.
 */
@Path("/status.json")
public class PublicStatusResource {
  @Inject SmallRyeHealthReporter health;

  @GET
  @Operation(summary = "平台是否可用（仅 UP/DOWN，无令牌） / Public status, UP or DOWN only")
  @Produces(MediaType.APPLICATION_JSON)
  public Response status() {
    boolean up = health.getReadiness().getStatus() == HealthCheckResponse.Status.UP;
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.status(up ? 200 : 503)
        .entity(Map.of("status", up ? "UP" : "DOWN"))
        .cacheControl(noStore)
        .build();
  }
}
