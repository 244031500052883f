package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import cn.gov.huaian.zjtx.platform.security.CurrentUser;
import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseAccess;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Webhook 订阅（企业自己）与投递记录、死信（管理员）. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class WebhookResource {
  private final Webhooks webhooks;
  private final EnterpriseAccess access;
  private final CurrentUser user;

  public WebhookResource(Webhooks webhooks, EnterpriseAccess access, CurrentUser user) {
    this.webhooks = webhooks;
    this.access = access;
    this.user = user;
  }

  /** A subscription request. */
  public record WebhookRequest(@Size(max = 2000, message = "回调地址不能超过 2000 个字符") String url) {}

  @POST
  @Path("/enterprises/{id}/webhooks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "订阅 webhook（签名密钥仅此次返回） / Subscribe a webhook (the secret is shown once)")
  public Response create(
      @PathParam("id") UUID id, @NotNull(message = "请求体不能为空") WebhookRequest request) {
    access.requireOwn(id, "企业");
    return Response.status(201).entity(webhooks.create(id, request.url(), user.username())).build();
  }

  @GET
  @Path("/enterprises/{id}/webhooks")
  @Operation(summary = "企业的 webhook 订阅 / An enterprise's webhooks")
  public List<Webhooks.WebhookView> list(@PathParam("id") UUID id) {
    access.requireOwnOrAdmin(id, "企业");
    return webhooks.list(id);
  }

  @DELETE
  @Path("/enterprises/{id}/webhooks/{webhookId}")
  @Operation(summary = "取消订阅 / Remove a webhook")
  public Response delete(@PathParam("id") UUID id, @PathParam("webhookId") UUID webhookId) {
    access.requireOwn(id, "企业");
    webhooks.deactivate(id, webhookId);
    return Response.noContent().build();
  }

  @GET
  @Path("/webhook-deliveries")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Webhook 投递记录（管理员；status=DEAD 为死信） / Deliveries and dead letters (admin)")
  public List<Webhooks.DeliveryView> deliveries(
      @QueryParam("status") String status,
      @QueryParam("size")
          @DefaultValue("50")
          @Min(value = 1, message = "条数至少为 1")
          @Max(value = 500, message = "条数不能超过 500")
          int size) {
    if (status != null && !Set.of("PENDING", "DELIVERED", "DEAD").contains(status)) {
      throw ProblemException.invalid("status", "状态应为 PENDING、DELIVERED 或 DEAD");
    }
    return webhooks.deliveries(status, size);
  }

  @POST
  @Path("/webhook-deliveries/{deliveryId}/retry")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "重投一条死信（管理员） / Re-queue a dead letter (admin)")
  public Response retry(@PathParam("deliveryId") UUID deliveryId) {
    webhooks.retry(deliveryId);
    return Response.accepted().build();
  }
}
