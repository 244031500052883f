package cn.gov.huaian.zjtx.policy.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds enterprise events shaped as deploy/contracts/enterprise-events describes them (and checks
 * them against the schema) and publishes them to the real RabbitMQ exchange, the way
 * enterprise-service's relay does.
 */
public final class EnterpriseEvents {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static Connection connection;
  private static Channel channel;

  private EnterpriseEvents() {}

  /** A snapshot of a firm that meets the provincial 专精特新 criteria given the score. */
  public static Snapshot firm(UUID id) {
    return new Snapshot(id);
  }

  /** A mutable snapshot builder with sensible figures of two years. */
  public static final class Snapshot {
    public final ObjectNode data = MAPPER.createObjectNode();
    private final ObjectNode last;
    private final ObjectNode prev;
    private final ObjectNode derived;

    Snapshot(UUID id) {
      data.put("id", id.toString());
      data.put("version", 1);
      data.put(
          "creditCode",
          "91320800"
              + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000))
              + "X");
      data.put("name", "淮安测试企业" + id.toString().substring(0, 8) + "有限公司");
      data.put("foundedOn", "2015-03-01");
      data.put("districtCode", "320812");
      data.putNull("townCode");
      data.putNull("park");
      data.putNull("address");
      data.put("industryCode", "3982");
      data.put("cluster", "pcb-electronics");
      data.putNull("mainProduct");
      data.putNull("nicheMarket");
      data.put("nicheYears", 5);
      data.putNull("chainPosition");
      data.putArray("contacts");
      data.putNull("tier");
      data.putArray("qualifications");
      data.putArray("pools");
      ArrayNode figures = data.putArray("figures");
      prev = figures.addObject();
      prev.put("year", 2023);
      prev.put("revenue", 40_000_000);
      prev.put("mainRevenue", 36_000_000);
      prev.put("rdSpending", 1_400_000);
      prev.put("newEquityFinancing", 0);
      last = figures.addObject();
      last.put("year", 2024);
      last.put("revenue", 50_000_000);
      last.put("mainRevenue", 45_000_000);
      last.put("rdSpending", 2_000_000);
      last.put("totalStaff", 120);
      last.put("rdStaff", 20);
      last.put("inventionPatents", 3);
      last.put("ipClass1", 2);
      last.put("newEquityFinancing", 0);
      derived = data.putObject("latestDerived");
      derived.put("year", 2024);
      derived.put("rdRatio", 0.04);
      derived.put("mainBusinessShare", 0.9);
      derived.put("rdStaffShare", 0.1667);
      derived.put("revenueGrowth", 0.25);
      derived.put("mainRevenueGrowth", 0.25);
      derived.put("twoYearAvgRdSpending", 1_700_000);
      derived.put("twoYearAvgRdRatio", 0.0375);
      data.put("updatedAt", Instant.now().toString());
    }

    /** Assigns a commissioner (服务专员) by Keycloak subject, as enterprise-service reports it. */
    public Snapshot commissioner(String subject) {
      ArrayNode commissioners =
          data.has("commissioners")
              ? (ArrayNode) data.get("commissioners")
              : data.putArray("commissioners");
      commissioners.addObject().put("subject", subject).put("assignedAt", "2026-01-05T08:00:00Z");
      return this;
    }

    public Snapshot version(long v) {
      data.put("version", v);
      return this;
    }

    /** Last year's R&D spending and ratio (a fraction, as the snapshot carries it). */
    public Snapshot rd(long spending, double ratio) {
      last.put("rdSpending", spending);
      derived.put("rdRatio", ratio);
      return this;
    }

    public Snapshot revenue(long revenue) {
      last.put("revenue", revenue);
      return this;
    }

    public Snapshot district(String code) {
      data.put("districtCode", code);
      return this;
    }

    public Snapshot qualification(String kind, String level) {
      ObjectNode q = ((ArrayNode) data.get("qualifications")).addObject();
      q.put("kind", kind);
      if (level == null) {
        q.putNull("level");
      } else {
        q.put("level", level);
      }
      q.put("grantedOn", "2024-06-01");
      return this;
    }

    /** An award record (科技奖励, “创客中国”) with its date and rank, null for an unranked one. */
    public Snapshot award(String kind, String level, String grantedOn, Integer rank) {
      ObjectNode q = ((ArrayNode) data.get("qualifications")).addObject();
      q.put("kind", kind);
      q.put("level", level);
      q.put("grantedOn", grantedOn);
      if (rank == null) {
        q.putNull("rank");
      } else {
        q.put("rank", rank);
      }
      return this;
    }

    /** A certificate with its dates, as enterprise-service reports it ({@code firstGrantedOn}). */
    public Snapshot certificate(
        String kind, String level, String grantedOn, String reviewOn, String firstGrantedOn) {
      ObjectNode q = ((ArrayNode) data.get("qualifications")).addObject();
      q.put("kind", kind);
      q.put("level", level);
      q.put("grantedOn", grantedOn);
      q.put("reviewOn", reviewOn);
      q.put("firstGrantedOn", firstGrantedOn);
      return this;
    }

    public Snapshot pool(String code) {
      ((ArrayNode) data.get("pools")).add(code);
      return this;
    }

    public UUID id() {
      return UUID.fromString(data.get("id").asText());
    }

    public ObjectNode event(String type) {
      return event(UUID.randomUUID(), type);
    }

    public ObjectNode event(UUID eventId, String type) {
      ObjectNode event = MAPPER.createObjectNode();
      event.put("id", eventId.toString());
      event.put("type", type);
      event.put("source", "enterprise-service");
      event.put("occurredAt", Instant.now().toString());
      event.put("enterpriseId", data.get("id").asText());
      event.put("version", data.get("version").asLong());
      event.set("data", data.deepCopy());
      return event;
    }
  }

  /** The contract's schema for an event type. */
  public static JsonNode schema(String type) {
    Path path = Path.of("..", "deploy", "contracts", "enterprise-events", type + ".schema.json");
    try {
      return MAPPER.readTree(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test publisher's channel (publisher confirms on), opened on first use. */
  public static synchronized Channel channel()
      throws IOException, java.util.concurrent.TimeoutException {
    if (channel == null || !channel.isOpen()) {
      ConnectionFactory factory = new ConnectionFactory();
      factory.setHost("127.0.0.1");
      factory.setPort(5672);
      connection = factory.newConnection("policy-service-tests");
      channel = connection.createChannel();
      channel.confirmSelect();
    }
    return channel;
  }

  public static synchronized void publish(JsonNode event) {
    try {
      Channel channel = channel();
      String type = event.get("type").asText();
      AMQP.BasicProperties props =
          new AMQP.BasicProperties.Builder()
              .contentType("application/json")
              .messageId(event.get("id").asText())
              .type(type)
              .deliveryMode(2)
              .headers(Map.of("version", event.path("version").asLong()))
              .build();
      channel.basicPublish("zjtx.events", type, props, MAPPER.writeValueAsBytes(event));
      channel.waitForConfirmsOrDie(5_000);
    } catch (Exception e) {
      throw new IllegalStateException("无法发布测试事件", e);
    }
  }

  public static synchronized void publishRaw(String routingKey, String body) {
    try {
      Channel channel = channel();
      channel.basicPublish("zjtx.events", routingKey, null, body.getBytes(StandardCharsets.UTF_8));
      channel.waitForConfirmsOrDie(5_000);
    } catch (Exception e) {
      throw new IllegalStateException("无法发布测试事件", e);
    }
  }
}
