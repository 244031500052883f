package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.policy.facts.EnterpriseAccess;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
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
 * 实时推送（SSE）: one stream per enterprise. The access check runs on a worker thread: for a
 * commissioner it reads the enterprise's snapshot from the database (on the event loop that was a
 * 500 for every commissioner, issue 14); the stream itself is then reactive.
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
  @Blocking
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Operation(summary = "站内信实时流（SSE） / Live notifications of an enterprise (SSE)")
  public Multi<NotificationView> stream(@PathParam("id") UUID id) {
    access.requireReadable(id, "企业");
    return hub.stream(id);
  }
}
