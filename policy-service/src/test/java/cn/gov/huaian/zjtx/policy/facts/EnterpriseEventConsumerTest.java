package cn.gov.huaian.zjtx.policy.facts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.huaian.zjtx.platform.testing.Tokens;
import cn.gov.huaian.zjtx.policy.support.Await;
import cn.gov.huaian.zjtx.policy.support.DemoIds;
import cn.gov.huaian.zjtx.policy.support.EnterpriseEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Events published to the real RabbitMQ exchange reach the read model once, newest version wins.
 */
@QuarkusTest
@Tag("servers")
class EnterpriseEventConsumerTest {
  @Inject ReadModel readModel;
  @Inject EventsConfig config;

  private long versionOf(UUID id) {
    return readModel.find(id).map(EnterpriseRecord::version).orElse(-1L);
  }

  @Test
  void aChangedEventFillsTheReadModel() {
    var firm = EnterpriseEvents.firm(UUID.randomUUID()).version(3);
    EnterpriseEvents.publish(firm.event("enterprise.changed"));
    Await.until(() -> versionOf(firm.id()), v -> v == 3);
    EnterpriseRecord record = readModel.find(firm.id()).orElseThrow();
    assertThat(record.name()).startsWith("淮安测试企业");
    assertThat(record.facts().get("rd_ratio")).isPresent();
  }

  @Test
  void anOlderVersionIsIgnoredAndARedeliveryIsAppliedOnce() throws Exception {
    var firm = EnterpriseEvents.firm(UUID.randomUUID()).version(5).revenue(50_000_000);
    UUID eventId = UUID.randomUUID();
    EnterpriseEvents.publish(firm.event(eventId, "enterprise.changed"));
    Await.until(() -> versionOf(firm.id()), v -> v == 5);

    EnterpriseEvents.publish(firm.version(4).revenue(1).event("enterprise.changed"));
    EnterpriseEvents.publish(firm.version(9).revenue(2).event(eventId, "enterprise.changed"));
    var marker = EnterpriseEvents.firm(UUID.randomUUID());
    EnterpriseEvents.publish(marker.event("enterprise.changed"));
    Await.until(() -> versionOf(marker.id()), v -> v == 1);

    EnterpriseRecord record = readModel.find(firm.id()).orElseThrow();
    assertThat(record.version()).isEqualTo(5);
    assertThat(record.facts().get("revenue"))
        .contains(new cn.gov.huaian.zjtx.policy.rules.facts.FactValue.NumberValue(50_000_000));
  }

  @Test
  void anUnreadableMessageGoesToTheDeadLetterQueue() throws Exception {
    var channel = EnterpriseEvents.channel();
    String dead = config.queue() + ".dead";
    long before = channel.queueDeclarePassive(dead).getMessageCount();
    EnterpriseEvents.publishRaw("enterprise.changed", "{不是 JSON");
    Await.until(
        () -> {
          try {
            return (long) channel.queueDeclarePassive(dead).getMessageCount();
          } catch (Exception e) {
            return -1L;
          }
        },
        n -> n > before);
    channel.queuePurge(dead);
  }

  @Test
  void anEnterpriseReadsItsOwnFactsOnlyAndAdminsReadAll() {
    var own = EnterpriseEvents.firm(DemoIds.ENT_DEMO).version(System.currentTimeMillis());
    EnterpriseEvents.publish(own.event("enterprise.changed"));
    Await.until(() -> readModel.find(DemoIds.ENT_DEMO), Optional::isPresent);
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo"))
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/facts")
        .then()
        .statusCode(200)
        .body("facts.district", equalTo("320812"));
    given()
        .auth()
        .oauth2(Tokens.of("ent-demo-2"))
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/facts")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.of("admin-demo"))
        .get("/api/v1/enterprises/" + DemoIds.ENT_DEMO + "/facts")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.of("uni-demo"))
        .get("/api/v1/facts")
        .then()
        .statusCode(200)
        .body("find { it.name == 'rd_ratio' }.unit", equalTo("%"));
  }
}
