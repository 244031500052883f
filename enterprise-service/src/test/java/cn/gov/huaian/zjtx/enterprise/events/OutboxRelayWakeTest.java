package cn.gov.huaian.zjtx.enterprise.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.enterprise.support.Fixtures;
import cn.gov.huaian.zjtx.platform.messaging.RabbitConnections;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The relay publishes right after the commit that wrote the event: with the scheduled round off, a
 * registration still reaches the broker, and nobody called the relay.
 */
@QuarkusTest
@TestProfile(OutboxRelayWakeTest.ScheduledRoundOff.class)
@Tag("servers")
class OutboxRelayWakeTest {
  public static class ScheduledRoundOff implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("zjtx.outbox.relay.interval", "off");
    }
  }

  @Inject RabbitConnections rabbit;

  @Test
  void aCommittedEventIsPublishedWithoutWaitingForTheScheduledRound() throws Exception {
    Db.reset();
    Channel channel = rabbit.connection().createChannel();
    try {
      channel.exchangeDeclare("zjtx.events", BuiltinExchangeType.TOPIC, true);
      String queue = channel.queueDeclare("", false, true, true, null).getQueue();
      channel.queueBind(queue, "zjtx.events", "enterprise.#");
      var profile = Fixtures.profile();
      String creditCode = (String) profile.get("creditCode");
      String id = Fixtures.register(profile);

      boolean received = false;
      long deadline = System.currentTimeMillis() + 10_000;
      while (!received && System.currentTimeMillis() < deadline) {
        GetResponse r = channel.basicGet(queue, true);
        if (r == null) {
          Thread.sleep(50);
          continue;
        }
        received = new String(r.getBody(), StandardCharsets.UTF_8).contains(creditCode);
      }
      assertThat(received).as("the registration reached the broker").isTrue();
      // The row is marked sent in the relay's transaction, which commits after the broker's
      // confirm.
      String unsent =
          "select count(*) from outbox where sent_at is null and aggregate_id = cast(?1 as uuid)";
      while (Db.count(unsent, id) > 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(50);
      }
      assertThat(Db.count(unsent, id)).isZero();
    } finally {
      channel.close();
    }
  }
}
