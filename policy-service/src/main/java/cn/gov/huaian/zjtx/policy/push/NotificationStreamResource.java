package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.policy.facts.EnterpriseAccess;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * 实时推送（SSE）: one stream per enterprise. Not on a virtual thread: the stream is reactive and the
 * access check reads only the token.
 */
@Path("/api/v1/enterprises/{id}/notifications/stream")
@Authenticated
public class NotificationStreamResource {
  private final SseHub hub;
  private final EnterpriseAccess access;

  public NotificationStreamResource(SseHub hub, EnterpriseAccess access) {
    this.hub = hub;
    this.access = access;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Operation(summary = "站内信实时流（SSE） / Live notifications of an enterprise (SSE)")
  public Multi<NotificationView> stream(@PathParam("id") UUID id) {
    access.requireReadable(id, "企业");
    return hub.stream(id);
  }
}
