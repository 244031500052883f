package cn.gov.huaian.zjtx.matchmaking.enterprises;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.matchmaking.support.Db;
import cn.gov.huaian.zjtx.matchmaking.support.DemoIds;
import cn.gov.huaian.zjtx.platform.messaging.RabbitConnections;
import cn.gov.huaian.zjtx.platform.messaging.SnapshotReceipts;
import cn.gov.huaian.zjtx.platform.messaging.Subscriptions;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * enterprise.changed events published on the real broker feed the commissioner read model: an
 * assigned commissioner may then post needs for the firm; an older version never undoes a newer
 * one; a redelivered event is applied once.
 */
@QuarkusTest
@Tag("servers")
class EnterpriseEventsTest {
  static final Path SCHEMA =
      Path.of("../deploy/contracts/enterprise-events/enterprise.changed.schema.json");
  static final ObjectMapper JSON = new ObjectMapper();

  @Inject RabbitConnections rabbit;
  @Inject EventsConfig config;
  @Inject Subscriptions subscriptions;
  @Inject EnterpriseEvents events;

  @BeforeEach
  void clean() {
    Db.clean();
    subscriptions.ensureConsuming();
  }

  /** An event shaped as the contract says (every required field, no other field). */
  static ObjectNode changed(UUID enterprise, long version, String... commissioners) {
    ObjectNode data = JSON.createObjectNode();
    data.put("id", enterprise.toString());
    data.put("version", version);
    data.put("creditCode", "91320800MA1MG4YK6X");
    data.put("name", "淮安测试装备有限公司");
    data.putNull("foundedOn");
    data.put("districtCode", "320812");
    data.put("industryCode", "3421");
    data.putArray("contacts");
    data.putNull("tier");
    data.putArray("qualifications");
    data.putArray("pools");
    ArrayNode list = data.putArray("commissioners");
    for (String c : commissioners) {
      list.addObject()
          .put("subject", c)
          .put("name", "演示服务专员")
          .put("assignedAt", Instant.now().toString());
    }
    data.putArray("figures");
    data.putNull("latestDerived");
    data.put("updatedAt", Instant.now().toString());
    ObjectNode event = JSON.createObjectNode();
    event.put("id", UUID.randomUUID().toString());
    event.put("type", "enterprise.changed");
    event.put("source", "enterprise-service");
    event.put("occurredAt", Instant.now().toString());
    event.put("enterpriseId", enterprise.toString());
    event.put("version", version);
    event.set("data", data);
    return event;
  }

  void publish(JsonNode event) throws Exception {
    try (Channel ch = rabbit.connection().createChannel()) {
      ch.exchangeDeclare(config.exchange(), BuiltinExchangeType.TOPIC, true);
      ch.confirmSelect();
      var props =
          new AMQP.BasicProperties.Builder()
              .messageId(event.get("id").asText())
              .type(event.get("type").asText())
              .contentType("application/json")
              .deliveryMode(2)
              .appId("enterprise-service")
              .headers(Map.of("version", event.get("version").asLong()))
              .build();
      ch.basicPublish(
          config.exchange(),
          event.get("type").asText(),
          false,
          props,
          JSON.writeValueAsBytes(event));
      ch.waitForConfirmsOrDie(5_000);
    }
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 15_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("等待超时：" + what);
      }
      Thread.sleep(50);
    }
  }

  static boolean processed(JsonNode event) {
    return Db.count(
            "select count(*) from processed_event where event_id = '"
                + event.get("id").asText()
                + "'")
        == 1;
  }

  static long assigned(UUID enterprise) {
    return Db.count(
        "select count(*) from commissioner_assignment where commissioner_subject = '"
            + DemoIds.COMM_DEMO_SUBJECT
            + "' and enterprise_id = '"
            + enterprise
            + "'");
  }

  static int post(UUID enterprise) {
    var body = new java.util.HashMap<String, Object>();
    body.put("enterpriseId", enterprise.toString());
    body.put("title", "焊接机器人焊缝视觉跟踪");
    body.put("publicSummary", "焊接机器人在中厚板多层多道焊时焊缝跟踪精度不足，需要视觉跟踪算法与标定方法。");
    body.put("privateDetail", "现用激光传感器型号与产线节拍。");
    body.put("nsfcCodes", List.of("E0506"));
    body.put("cooperationMode", "技术开发");
    body.put("regionPreference", "HUAIAN");
    return given()
        .auth()
        .oauth2(Tokens.of("comm-demo"))
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/tech-needs")
        .then()
        .extract()
        .statusCode();
  }

  @Test
  void theTestEventsFollowTheContract() throws Exception {
    JsonNode schema = JSON.readTree(Files.readString(SCHEMA));
    JsonNode event = changed(UUID.randomUUID(), 1, DemoIds.COMM_DEMO_SUBJECT);
    for (var level :
        List.of(
            List.of(schema, event), List.of(schema.at("/properties/data"), event.get("data")))) {
      JsonNode s = level.get(0);
      JsonNode e = level.get(1);
      List<String> names = new ArrayList<>();
      e.fieldNames().forEachRemaining(names::add);
      s.get("required").forEach(r -> assertThat(names).contains(r.asText()));
      assertThat(names).allSatisfy(n -> assertThat(s.get("properties").has(n)).as(n).isTrue());
    }
    JsonNode item = schema.at("/properties/data/properties/commissioners/items");
    List<String> itemNames = new ArrayList<>();
    event.at("/data/commissioners/0").fieldNames().forEachRemaining(itemNames::add);
    item.get("required").forEach(r -> assertThat(itemNames).contains(r.asText()));
    assertThat(itemNames).allSatisfy(n -> assertThat(item.get("properties").has(n)).as(n).isTrue());
  }

  @Test
  void anAssignmentOnTheBrokerLetsTheCommissionerPostAndAnOlderVersionDoesNotUndoIt()
      throws Exception {
    UUID enterprise = UUID.randomUUID();
    assertThat(post(enterprise)).isEqualTo(403);

    publish(changed(enterprise, 3, DemoIds.COMM_DEMO_SUBJECT));
    await("指派生效", () -> assigned(enterprise) == 1);
    assertThat(post(enterprise)).isEqualTo(201);

    JsonNode older = changed(enterprise, 2);
    publish(older);
    await("旧版本事件已处理", () -> processed(older));
    assertThat(assigned(enterprise)).isEqualTo(1);
    assertThat(
            Db.count(
                "select version from enterprise_version where enterprise_id = '"
                    + enterprise
                    + "'"))
        .isEqualTo(3);
    assertThat(post(enterprise)).isEqualTo(201);

    JsonNode newer = changed(enterprise, 4);
    publish(newer);
    await("取消指派生效", () -> assigned(enterprise) == 0);
    assertThat(post(enterprise)).isEqualTo(403);
  }

  @Test
  void eachEventIsAppliedOnceAndOtherTypesAreRecordedOnly() {
    UUID enterprise = UUID.randomUUID();
    ObjectNode first =
        changed(enterprise, 1, DemoIds.COMM_DEMO_SUBJECT, "9e1f0000-0000-4000-8000-0000000000aa");
    ((ObjectNode) first.path("data")).put("mainProduct", "数控机床主轴");
    assertThat(events.apply(first)).isEqualTo(SnapshotReceipts.Outcome.APPLIED);
    assertThat(
            Db.count(
                "select count(*) from enterprise_version where enterprise_id = '"
                    + enterprise
                    + "' and district_code = '320812' and main_product = '数控机床主轴'"))
        .as("the 科技副总 match reads the firm's district and main product from the snapshot")
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from commissioner_assignment where enterprise_id = '"
                    + enterprise
                    + "'"))
        .isEqualTo(2);
    assertThat(
            Db.count(
                "select count(*) from enterprise_version where enterprise_id = '"
                    + enterprise
                    + "' and credit_code = '91320800MA1MG4YK6X' and name = '淮安测试装备有限公司'"))
        .as("the known-firm read model keeps the snapshot's credit code and name")
        .isEqualTo(1);
    assertThat(events.apply(first)).isEqualTo(SnapshotReceipts.Outcome.DUPLICATE);
    ObjectNode same = changed(enterprise, 1);
    assertThat(events.apply(same)).isEqualTo(SnapshotReceipts.Outcome.STALE);
    assertThat(
            Db.count(
                "select count(*) from commissioner_assignment where enterprise_id = '"
                    + enterprise
                    + "'"))
        .isEqualTo(2);
    ObjectNode tier = changed(enterprise, 1);
    tier.put("type", "enterprise.tier-certified");
    assertThat(events.apply(tier)).isEqualTo(SnapshotReceipts.Outcome.IGNORED);
    ObjectNode registered = changed(enterprise, 2, "9e1f0000-0000-4000-8000-0000000000aa");
    registered.put("type", "enterprise.registered");
    assertThat(events.apply(registered)).isEqualTo(SnapshotReceipts.Outcome.APPLIED);
    assertThat(assigned(enterprise)).isZero();
    assertThat(
            Db.count(
                "select count(*) from commissioner_assignment where enterprise_id = '"
                    + enterprise
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  void aBadSubjectWritesNothing() {
    UUID enterprise = UUID.randomUUID();
    ObjectNode bad = changed(enterprise, 1, "x'); drop table tech_need; --");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.apply(bad))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(processed(bad)).isFalse();
  }
}
