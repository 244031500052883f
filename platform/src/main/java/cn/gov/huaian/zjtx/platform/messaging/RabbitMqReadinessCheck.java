package cn.gov.huaian.zjtx.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the broker that carries the service's events answers. */
@Readiness
@ApplicationScoped
public class RabbitMqReadinessCheck implements HealthCheck {
  private final RabbitConnections connections;

  public RabbitMqReadinessCheck(RabbitConnections connections) {
    this.connections = connections;
  }

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("rabbitmq").withData("broker", connections.describe());
    try {
      connections.connection();
      return builder.up().build();
    } catch (Exception e) {
      return builder.down().withData("error", "RabbitMQ 无法连接").build();
    }
  }
}
