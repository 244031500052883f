package cn.gov.huaian.zjtx.platform.messaging;

import cn.gov.huaian.zjtx.platform.health.DegradableDependencyCheck;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.Readiness;

/**
 * The broker that carries the service's events. Without it writes still succeed (the outbox keeps
 * the events and relays them when it returns) and reads are unaffected, so it degrades the service
 * rather than taking it out of readiness.
 */
@Readiness
@Singleton
public class RabbitMqReadinessCheck extends DegradableDependencyCheck {
  private final RabbitConnections connections;

  public RabbitMqReadinessCheck(RabbitConnections connections, MeterRegistry registry) {
    super("rabbitmq", "写入照常保存，事件在消息服务恢复后补发；跨服务数据同步暂时延迟", registry);
    this.connections = connections;
  }

  @Override
  protected Map<String, Object> probe() throws IOException, TimeoutException {
    connections.connection();
    return Map.of();
  }

  @Override
  protected String location() {
    return connections.describe();
  }
}
