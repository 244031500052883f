package cn.gov.huaian.zjtx.matchmaking.enterprises;

import cn.gov.huaian.zjtx.matchmaking.platform.messaging.RabbitConnections;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Consumes enterprise events (enterprise-service's {@code enterprise.registered} /
 * {@code enterprise.changed}, whose snapshots carry the assigned commissioners) from this
 * service's own durable queue ({@code enterprise.#} on the platform exchange) with manual acks: a message is acked only after its transaction committed,
 * so a crash means redelivery, and redelivery is harmless (event ids are recorded). A message
 * that can never be read goes to the dead-letter queue instead of looping; a failure that may
 * pass (database down) is requeued.
 */
@ApplicationScoped
public class EnterpriseEventConsumer {
  private static final Logger LOG = Logger.getLogger(EnterpriseEventConsumer.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final RabbitConnections connections;
  private final EventsConfig config;
  private final EnterpriseEvents events;
  private volatile Channel channel;

  public EnterpriseEventConsumer(RabbitConnections connections, EventsConfig config, EnterpriseEvents events) {
    this.connections = connections;
    this.config = config;
    this.events = events;
  }

  void start(@Observes StartupEvent event) {
    if (config.consume()) {
      ensureConsuming();
    }
  }

  /** Re-subscribes if the broker was down at start or the channel was closed. */
  @Scheduled(every = "3s", delayed = "3s")
  void watch() {
    if (config.consume()) {
      ensureConsuming();
    }
  }

  public String deadLetterQueue() {
    return config.queue() + ".dead";
  }

  synchronized void ensureConsuming() {
    if (channel != null && channel.isOpen()) {
      return;
    }
    try {
      Channel ch = connections.connection().createChannel();
      ch.exchangeDeclare(config.exchange(), BuiltinExchangeType.TOPIC, true);
      Map<String, Object> dlqArgs = new HashMap<>();
      Map<String, Object> args = new HashMap<>();
      args.put("x-dead-letter-exchange", "");
      args.put("x-dead-letter-routing-key", deadLetterQueue());
      if (config.queueExpiresMs() > 0) {
        args.put("x-expires", config.queueExpiresMs());
        dlqArgs.put("x-expires", config.queueExpiresMs());
      }
      ch.queueDeclare(deadLetterQueue(), true, false, false, dlqArgs);
      ch.queueDeclare(config.queue(), true, false, false, args);
      ch.queueBind(config.queue(), config.exchange(), "enterprise.#");
      if (config.purgeOnStart()) {
        ch.queuePurge(config.queue());
      }
      ch.basicQos(config.prefetch());
      ch.addShutdownListener(cause -> {
        if (!cause.isInitiatedByApplication()) {
          LOG.warnf("企业事件通道已关闭，将重新订阅：%s", cause.getMessage());
        }
      });
      ch.basicConsume(config.queue(), false, "matchmaking-service", new Handler(ch));
      channel = ch;
      LOG.infof("正在消费企业事件：队列 %s（交换机 %s，enterprise.#）", config.queue(), config.exchange());
    } catch (Exception e) {
      LOG.warnf("暂时无法订阅企业事件（%s），稍后重试：%s", connections.describe(), e.getMessage());
    }
  }

  void stop(@Observes ShutdownEvent event) {
    Channel ch = channel;
    if (ch != null && ch.isOpen()) {
      try {
        ch.close();
      } catch (Exception ignored) {
        // closing on shutdown: unacked messages are redelivered to the next instance
      }
    }
  }

  private final class Handler extends DefaultConsumer {
    Handler(Channel channel) {
      super(channel);
    }

    @Override
    public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body)
        throws IOException {
      JsonNode event;
      try {
        event = MAPPER.readTree(body);
        if (!event.hasNonNull("id") || !event.hasNonNull("type")) {
          throw new IllegalArgumentException("缺少 id 或 type");
        }
        java.util.UUID.fromString(event.get("id").asText());
      } catch (Exception e) {
        LOG.warnf("无法读取的企业事件（routing key %s），转入死信队列：%s", envelope.getRoutingKey(), e.getMessage());
        getChannel().basicReject(envelope.getDeliveryTag(), false);
        return;
      }
      try {
        EnterpriseEvents.Outcome outcome = events.apply(event);
        LOG.debugf("企业事件 %s %s：%s", event.get("type").asText(), event.get("id").asText(), outcome);
        getChannel().basicAck(envelope.getDeliveryTag(), false);
      } catch (RuntimeException e) {
        if (isPermanent(e)) {
          LOG.warnf(e, "企业事件 %s 内容无效，转入死信队列", event.get("id").asText());
          getChannel().basicReject(envelope.getDeliveryTag(), false);
        } else {
          LOG.warnf("处理企业事件 %s 失败，稍后重投：%s", event.get("id").asText(), e.getMessage());
          pause();
          getChannel().basicNack(envelope.getDeliveryTag(), false, true);
        }
      }
    }
  }

  /** Bad content (not a transient failure): retrying would fail the same way. */
  private static boolean isPermanent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.time.format.DateTimeParseException || t instanceof IllegalArgumentException) {
        return true;
      }
    }
    return false;
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
