package cn.gov.huaian.zjtx.enterprise.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.enterprise.support.Db;
import cn.gov.huaian.zjtx.platform.messaging.RabbitConfig;
import cn.gov.huaian.zjtx.platform.messaging.RabbitConnections;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A relay round that cannot reach the broker keeps the events and writes why on them. The scheduled
 * relay is off in this profile so that it cannot deliver the row first.
 */
@QuarkusTest
@TestProfile(OutboxRelayFailureTest.RelayOff.class)
@Tag("servers")
class OutboxRelayFailureTest {
  public static class RelayOff implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("zjtx.outbox.relay.enabled", "false");
    }
  }

  @Inject EntityManager em;
  @Inject RelayConfig config;
  @Inject OutboxRelay liveRelay;

  /** A broker address where nothing listens. */
  private static RabbitConnections nowhere() {
    return new RabbitConnections(
        new RabbitConfig() {
          public String host() {
            return "127.0.0.1";
          }

          public int port() {
            return 1;
          }

          public String username() {
            return "guest";
          }

          public String password() {
            return "guest";
          }

          public String virtualHost() {
            return "/";
          }

          public String connectionName() {
            return "outbox-failure-test";
          }
        });
  }

  @Test
  void aFailedRoundKeepsTheEventAndRecordsAttemptsAndTheErrorUntilADeliveryClearsIt() {
    Db.reset();
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "insert into outbox (id, aggregate_id, type, version, payload)"
                            + " values (?1, ?2, 'enterprise.changed', 1, cast('{}' as json))")
                    .setParameter(1, id)
                    .setParameter(2, UUID.randomUUID())
                    .executeUpdate());
    var brokenRelay = new OutboxRelay(nowhere(), em, config);

    assertThat(brokenRelay.relayOrRecordFailure()).isZero();
    assertThat(brokenRelay.relayOrRecordFailure()).isZero();

    assertThat(Db.count("select attempts from outbox where id = ?1 and sent_at is null", id))
        .isEqualTo(2);
    assertThat((String) Db.scalar("select last_error from outbox where id = ?1", id))
        .startsWith("ConnectException");

    assertThat(liveRelay.relayOrRecordFailure()).isEqualTo(1);
    assertThat(Db.count("select attempts from outbox where id = ?1 and sent_at is not null", id))
        .isEqualTo(3);
    assertThat(Db.scalar("select last_error from outbox where id = ?1", id)).isNull();
  }
}
