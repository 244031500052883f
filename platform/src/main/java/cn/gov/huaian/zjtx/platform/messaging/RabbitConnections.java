package cn.gov.huaian.zjtx.platform.messaging;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * One long-lived, auto-recovering connection to RabbitMQ per process; channels are cheap and taken
 * from it by whoever publishes or consumes.
 */
@ApplicationScoped
public class RabbitConnections {
  private final RabbitConfig config;
  private final ConnectionFactory factory = new ConnectionFactory();
  private volatile Connection connection;

  public RabbitConnections(RabbitConfig config) {
    this.config = config;
    factory.setHost(config.host());
    factory.setPort(config.port());
    factory.setUsername(config.username());
    factory.setPassword(config.password());
    factory.setVirtualHost(config.virtualHost());
    factory.setConnectionTimeout(2_000);
    factory.setAutomaticRecoveryEnabled(true);
  }

  /** The open connection, opened now if there is none. */
  public synchronized Connection connection() throws IOException, TimeoutException {
    if (connection == null || !connection.isOpen()) {
      if (connection != null) {
        connection.abort();
      }
      connection = factory.newConnection(config.connectionName());
    }
    return connection;
  }

  public String describe() {
    return config.host() + ":" + config.port();
  }

  void close(@Observes ShutdownEvent event) {
    if (connection != null) {
      connection.abort();
    }
  }
}
