package cn.gov.huaian.zjtx.enterprise.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.Fixtures;
import cn.gov.huaian.zjtx.platform.messaging.RabbitConnections;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Against the real RabbitMQ: a change travels from the outbox to a queue bound to zjtx.events. */
@QuarkusTest
@Tag("servers")
class EventRelayTest {
  @Inject RabbitConnections rabbit;
  @Inject OutboxRelay relay;
  final ObjectMapper json = new ObjectMapper();
  Channel channel;
  String queue;

  @BeforeEach
  void bindATemporaryQueue() throws Exception {
    Db.reset();
    channel = rabbit.connection().createChannel();
    channel.exchangeDeclare("zjtx.events", BuiltinExchangeType.TOPIC, true);
    queue = channel.queueDeclare("", false, true, true, null).getQueue();
    channel.queueBind(queue, "zjtx.events", "enterprise.#");
  }

  @AfterEach
  void close() throws Exception {
    channel.close();
  }

  private List<JsonNode> receive(String creditCode, int expected) throws Exception {
    List<JsonNode> got = new ArrayList<>();
    long deadline = System.currentTimeMillis() + 15_000;
    while (got.size() < expected && System.currentTimeMillis() < deadline) {
      GetResponse r = channel.basicGet(queue, false);
      if (r == null) {
        Thread.sleep(100);
        continue;
      }
      JsonNode event = json.readTree(new String(r.getBody(), StandardCharsets.UTF_8));
      assertThat(r.getProps().getMessageId()).isEqualTo(event.get("id").asText());
      assertThat(r.getEnvelope().getRoutingKey()).isEqualTo(event.get("type").asText());
      channel.basicAck(r.getEnvelope().getDeliveryTag(), false);
      if (creditCode.equals(event.at("/data/creditCode").asText())) {
        got.add(event);
      }
    }
    return got;
  }

  @Test
  void registeringAndChangingAnEnterpriseReachesTheBroker() throws Exception {
    String admin = Tokens.of("admin-demo");
    var profile = Fixtures.profile();
    String id = Fixtures.register(profile);
    profile.put("mainProduct", "协作机器人");
    given()
        .auth()
        .oauth2(admin)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(profile)
        .when()
        .put("/api/v1/enterprises/" + id)
        .then()
        .statusCode(200);
    relay.relayOnce();

    List<JsonNode> events = receive((String) profile.get("creditCode"), 2);
    assertThat(events)
        .extracting(e -> e.get("type").asText())
        .containsExactly("enterprise.registered", "enterprise.changed");
    assertThat(events.get(1).get("version").asLong()).isEqualTo(1);
    assertThat(events.get(1).at("/data/mainProduct").asText()).isEqualTo("协作机器人");
    assertThat(
            Db.count(
                "select count(*) from outbox where sent_at is null and aggregate_id = cast(?1 as uuid)",
                id))
        .isZero();
  }
}
