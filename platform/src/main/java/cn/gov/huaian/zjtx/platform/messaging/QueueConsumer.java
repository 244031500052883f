package cn.gov.huaian.zjtx.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Consumes platform events from a service's own durable queue with manual acks: a message is acked
 * only after the handler's transaction committed, so a crash means redelivery, and redelivery is
 * harmless (handlers record event ids). A message that can never be read goes to the queue's
 * dead-letter queue instead of looping; a failure that may pass (database down) is requeued. Not a
 * bean: a service's consumer bean owns one and calls {@link #ensureConsuming()} at start-up and on
 * a schedule, which re-subscribes after the broker was down.
 */
public final class QueueConsumer {
  private static final Logger LOG = Logger.getLogger(QueueConsumer.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final RabbitConnections connections;
  private final ConsumerConfig config;
  private final String bindingKey;
  private final String consumerTag;
  private final EventHandler handler;
  private volatile Channel channel;

  public QueueConsumer(
      RabbitConnections connections,
      ConsumerConfig config,
      String bindingKey,
      String consumerTag,
      EventHandler handler) {
    this.connections = connections;
    this.config = config;
    this.bindingKey = bindingKey;
    this.consumerTag = consumerTag;
    this.handler = handler;
  }

  public String deadLetterQueue() {
    return config.queue() + ".dead";
  }

  /** Subscribes unless already subscribed; a failure is logged and tried again next time. */
  public synchronized void ensureConsuming() {
    if (!config.consume() || (channel != null && channel.isOpen())) {
      return;
    }
    try {
      Channel ch = connections.connection().createChannel();
      declare(ch);
      ch.basicQos(config.prefetch());
      ch.addShutdownListener(
          cause -> {
            if (!cause.isInitiatedByApplication()) {
              LOG.warnf("事件通道已关闭，将重新订阅：%s", cause.getMessage());
            }
          });
      ch.basicConsume(config.queue(), false, consumerTag, new Handler(ch));
      channel = ch;
      LOG.infof("正在消费事件：队列 %s（交换机 %s，%s）", config.queue(), config.exchange(), bindingKey);
    } catch (Exception e) {
      LOG.warnf("暂时无法订阅事件（%s），稍后重试：%s", connections.describe(), e.getMessage());
    }
  }

  private void declare(Channel ch) throws IOException {
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
    ch.queueBind(config.queue(), config.exchange(), bindingKey);
    if (config.purgeOnStart()) {
      ch.queuePurge(config.queue());
    }
  }

  /** Closes the channel; unacked messages are redelivered to the next instance. */
  public void stop() {
    Channel ch = channel;
    if (ch != null && ch.isOpen()) {
      try {
        ch.close();
      } catch (Exception ignored) {
        // shutting down: nothing to do about a channel that will not close cleanly
      }
    }
  }

  private final class Handler extends DefaultConsumer {
    Handler(Channel channel) {
      super(channel);
    }

    @Override
    public void handleDelivery(
        String tag, Envelope envelope, AMQP.BasicProperties props, byte[] body) throws IOException {
      JsonNode event;
      try {
        event = read(body);
      } catch (Exception e) {
        LOG.warnf("无法读取的事件（routing key %s），转入死信队列：%s", envelope.getRoutingKey(), e.getMessage());
        getChannel().basicReject(envelope.getDeliveryTag(), false);
        return;
      }
      String id = event.get("id").asText();
      try {
        Object outcome = handler.apply(event);
        LOG.debugf("事件 %s %s：%s", event.get("type").asText(), id, outcome);
        getChannel().basicAck(envelope.getDeliveryTag(), false);
      } catch (RuntimeException e) {
        if (isPermanent(e)) {
          LOG.warnf(e, "事件 %s 内容无效，转入死信队列", id);
          getChannel().basicReject(envelope.getDeliveryTag(), false);
        } else {
          LOG.warnf("处理事件 %s 失败，稍后重投：%s", id, e.getMessage());
          pause();
          getChannel().basicNack(envelope.getDeliveryTag(), false, true);
        }
      }
    }
  }

  /** The event as JSON, with an {@code id} (a UUID) and a {@code type}; otherwise it throws. */
  static JsonNode read(byte[] body) throws IOException {
    JsonNode event = MAPPER.readTree(body);
    if (event == null || !event.hasNonNull("id") || !event.hasNonNull("type")) {
      throw new IllegalArgumentException("缺少 id 或 type");
    }
    UUID.fromString(event.get("id").asText());
    return event;
  }

  /** Bad content (not a transient failure): retrying would fail the same way. */
  static boolean isPermanent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DateTimeParseException || t instanceof IllegalArgumentException) {
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
