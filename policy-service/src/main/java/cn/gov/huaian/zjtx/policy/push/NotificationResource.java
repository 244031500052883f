package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.platform.security.Roles;
import cn.gov.huaian.zjtx.platform.web.PageParams;
import cn.gov.huaian.zjtx.platform.web.PageView;
import cn.gov.huaian.zjtx.policy.facts.EnterpriseAccess;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 站内信 REST API: an enterprise's notifications, read and unread. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RunOnVirtualThread
public class NotificationResource {
  private final Inbox inbox;
  private final EnterpriseAccess access;

  public NotificationResource(Inbox inbox, EnterpriseAccess access) {
    this.inbox = inbox;
    this.access = access;
  }

  /** A page of notifications with the unread count. */
  public record InboxView(PageView<NotificationView> page, long unread) {}

  @GET
  @Path("/enterprises/{id}/notifications")
  @Operation(summary = "企业的站内信（可按已读/未读筛选） / An enterprise's notifications")
  public InboxView list(
      @PathParam("id") UUID id,
      @QueryParam("unread") Boolean unread,
      @BeanParam @Valid PageParams paging) {
    access.requireReadable(id, "企业");
    return new InboxView(inbox.list(id, unread, paging.page, paging.size), inbox.unreadCount(id));
  }

  @POST
  @Path("/enterprises/{id}/notifications/{notificationId}/read")
  @Operation(summary = "标为已读 / Mark one notification read")
  public NotificationView read(
      @PathParam("id") UUID id, @PathParam("notificationId") UUID notificationId) {
    access.requireOwn(id, "企业");
    return inbox.markRead(id, notificationId, true);
  }

  @POST
  @Path("/enterprises/{id}/notifications/{notificationId}/unread")
  @Operation(summary = "标为未读 / Mark one notification unread")
  public NotificationView unread(
      @PathParam("id") UUID id, @PathParam("notificationId") UUID notificationId) {
    access.requireOwn(id, "企业");
    return inbox.markRead(id, notificationId, false);
  }

  @POST
  @Path("/enterprises/{id}/notifications/read-all")
  @Operation(summary = "全部标为已读 / Mark all read")
  public Map<String, Integer> readAll(@PathParam("id") UUID id) {
    access.requireOwn(id, "企业");
    return Map.of("marked", inbox.markAllRead(id));
  }

  @POST
  @Path("/push/deadline-reminders")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "立即发送申报截止提醒（管理员；平时每日自动运行） / Send deadline reminders now (admin)")
  public Map<String, Integer> remindNow() {
    return Map.of("sent", inbox.remindDeadlines());
  }
}
