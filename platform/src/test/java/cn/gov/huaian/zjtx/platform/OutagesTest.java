package cn.gov.huaian.zjtx.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.huaian.zjtx.platform.web.Outages;
import cn.gov.huaian.zjtx.platform.web.Outages.Outage;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class OutagesTest {

  @Test
  void aDatabaseThatRefusesConnectionsIsAnOutageWhereverItIsWrapped() {
    var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
    var wrapped = new PersistenceException("could not prepare statement", refused);
    assertThat(Outages.of(wrapped)).contains(Outage.DATABASE);
    assertThat(Outages.of(new RuntimeException(new SQLException("terminating", "57P01"))))
        .contains(Outage.DATABASE);
    assertThat(Outages.of(new SQLTransientConnectionException("pool"))).contains(Outage.DATABASE);
    assertThat(
            Outages.of(
                new SQLException("Sorry, acquisition timeout while waiting for new connection")))
        .contains(Outage.DATABASE);
  }

  @Test
  void aDatabaseConnectFailureWinsOverTheSocketErrorBeneathIt() {
    var socket = new ConnectException("Connection refused");
    var sql = new SQLException("The connection attempt failed.", "08001", socket);
    assertThat(Outages.of(new IllegalStateException(sql))).contains(Outage.DATABASE);
  }

  @Test
  void anotherServerRefusingTheConnectionIsADependencyOutage() {
    var keycloakDown = new RuntimeException("RESTEASY004655", new ConnectException("refused"));
    assertThat(Outages.of(keycloakDown)).contains(Outage.DEPENDENCY);
  }

  @Test
  void faultsOfOursAndConstraintViolationsAreNotOutages() {
    assertThat(Outages.of(new NullPointerException())).isEmpty();
    // 23505 unique violation and 22003 numeric overflow are answered elsewhere, never as 503.
    assertThat(Outages.of(new PersistenceException(new SQLException("dup", "23505")))).isEmpty();
    assertThat(Outages.of(new SQLException("overflow", "22003"))).isEmpty();
    assertThat(Outages.of(new SQLException("no state"))).isEmpty();
  }

  @Test
  void aSelfCausedChainEnds() {
    var odd =
        new RuntimeException("loop") {
          @Override
          public synchronized Throwable getCause() {
            return this;
          }
        };
    assertThat(Outages.of(odd)).isEmpty();
  }
}
