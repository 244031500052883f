package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.platform.net.OutboundTargets;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Delivers queued webhook calls: signed POSTs, retried with exponential backoff, and after the last
 * attempt kept as dead letters that admins see and can re-queue. A delivery is leased (its next
 * attempt pushed past the timeout) before it is sent, so two replicas never send the same call at
 * once; receivers still deduplicate by the {@code X-Zjtx-Delivery} id.
 */
@ApplicationScoped
public class WebhookSender {
  private static final Logger LOG = Logger.getLogger(WebhookSender.class);
  private final EntityManager em;
  private final PushConfig config;
  private final ObjectMapper json;
  private final Inbox inbox;
  private final WebhookTargets targets;
  private final HttpClient http;
  private final AtomicBoolean busy = new AtomicBoolean();

  public WebhookSender(
      EntityManager em,
      PushConfig config,
      ObjectMapper json,
      Inbox inbox,
      WebhookTargets targets,
      Vertx vertx) {
    this.em = em;
    this.config = config;
    this.json = json;
    this.inbox = inbox;
    this.targets = targets;
    int timeoutMs = (int) config.webhooks().timeout().toMillis();
    // One connection per call (no pool shared between receivers), TLS verified against the name in
    // the URL, redirects never followed.
    this.http =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout(timeoutMs)
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setTrustAll(false)
                .setMaxRedirects(0));
  }

  record Due(UUID id, String url, String secret, UUID notificationId, int attempts) {}

  @Scheduled(
      every = "${zjtx.push.webhooks.every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (busy.compareAndSet(false, true)) {
      try {
        sendDue();
      } finally {
        busy.set(false);
      }
    }
  }

  /** Sends every delivery that is due now; returns how many were attempted. */
  public int sendDue() {
    List<Due> due = claim();
    for (Due d : due) {
      send(d);
    }
    return due.size();
  }

  private List<Due> claim() {
    long leaseMs = config.webhooks().timeout().toMillis() * 2;
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<Object[]> rows =
                  em.unwrap(Session.class)
                      .createNativeQuery(
                          "select d.id, w.url, w.secret, d.notification_id, d.attempts from webhook_delivery d join webhook w on w.id = d.webhook_id "
                              + "where d.status = 'PENDING' and d.next_attempt_at <= now() order by d.next_attempt_at limit ?1 for update of d skip locked",
                          Object[].class)
                      .setParameter(1, config.webhooks().batch())
                      .getResultList();
              for (Object[] r : rows) {
                em.createNativeQuery(
                        "update webhook_delivery set next_attempt_at = now() + (?2 * interval '1 millisecond') where id = ?1")
                    .setParameter(1, r[0])
                    .setParameter(2, leaseMs)
                    .executeUpdate();
              }
              return rows.stream()
                  .map(
                      r ->
                          new Due(
                              (UUID) r[0],
                              (String) r[1],
                              (String) r[2],
                              (UUID) r[3],
                              ((Number) r[4]).intValue()))
                  .toList();
            });
  }

  private void send(Due d) {
    Integer status = null;
    String error = null;
    try {
      NotificationView n =
          QuarkusTransaction.requiringNew().call(() -> inbox.find(d.notificationId()));
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("deliveryId", d.id());
      payload.put("type", "notification." + n.kind().toLowerCase().replace('_', '-'));
      payload.put("notification", n);
      String body = json.writeValueAsString(payload);
      long now = System.currentTimeMillis() / 1000;
      WebhookTargets.Resolved to;
      try {
        to = targets.forDelivery(d.url());
      } catch (OutboundTargets.Refused refused) {
        // Registered before the checks existed, or its name now points inside: never called.
        LOG.warnf("Webhook 投递 %s 被拒绝：%s", d.id(), refused.getMessage());
        record(d, "DEAD", null, "拒绝投递：" + refused.getMessage(), null);
        return;
      }
      status = post(to, d, body, Signatures.header(d.secret(), now, body));
      if (status >= 200 && status < 300) {
        record(d, "DELIVERED", status, null, null);
        return;
      }
      error = DeliveryFailures.ofStatus(status);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "中断";
    } catch (TimeoutException e) {
      error = "响应超时：对方未在限定时间内应答";
    } catch (Exception e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      error = DeliveryFailures.of(cause);
    }
    int attempts = d.attempts() + 1;
    if (attempts >= config.webhooks().maxAttempts()) {
      LOG.warnf("Webhook 投递 %s 已失败 %d 次，转为死信：%s", d.id(), attempts, error);
      record(d, "DEAD", status, error, null);
    } else {
      Duration wait = config.webhooks().backoff().multipliedBy(1L << Math.min(attempts - 1, 16));
      record(d, "PENDING", status, error, wait);
    }
  }

  /**
   * One signed POST to the address the URL was checked at: the connection goes to {@code
   * to.address()} (no second name lookup, so no DNS rebinding between check and call) while the
   * Host header, TLS server name and certificate check use the name in the URL.
   */
  private int post(WebhookTargets.Resolved to, Due d, String body, String signature)
      throws InterruptedException, ExecutionException, TimeoutException {
    OutboundTargets.Target target = to.target();
    long timeoutMs = config.webhooks().timeout().toMillis();
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setServer(
                SocketAddress.inetSocketAddress(new InetSocketAddress(to.address(), target.port())))
            .setHost(target.bareHost())
            .setPort(target.port())
            .setSsl(target.https())
            .setURI(target.requestUri())
            .setFollowRedirects(false)
            .setConnectTimeout(timeoutMs)
            .setIdleTimeout(timeoutMs)
            .putHeader("Content-Type", "application/json")
            .putHeader("User-Agent", "zjtx-policy-service-webhooks")
            .putHeader("X-Zjtx-Delivery", d.id().toString())
            .putHeader(Signatures.HEADER, signature);
    return http.request(options)
        .compose(request -> request.send(Buffer.buffer(body)))
        .compose(response -> response.end().map(done -> response.statusCode()))
        .toCompletionStage()
        .toCompletableFuture()
        .get(timeoutMs * 2, TimeUnit.MILLISECONDS);
  }

  private void record(Due d, String outcome, Integer status, String error, Duration wait) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update webhook_delivery set status = ?2, attempts = attempts + 1, last_status = cast(nullif(?3, '') as integer), "
                            + "last_error = nullif(?4, ''), delivered_at = case when ?2 = 'DELIVERED' then now() else delivered_at end, "
                            + "next_attempt_at = now() + (?5 * interval '1 millisecond') where id = ?1")
                    .setParameter(1, d.id())
                    .setParameter(2, outcome)
                    .setParameter(3, status == null ? "" : status.toString())
                    .setParameter(4, error == null ? "" : error)
                    .setParameter(5, wait == null ? 0L : wait.toMillis())
                    .executeUpdate());
  }
}
