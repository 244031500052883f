package cn.gov.huaian.zjtx.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the event broker is. */
@ConfigMapping(prefix = "zjtx.rabbitmq")
public interface RabbitConfig {
  @WithDefault("127.0.0.1")
  String host();

  @WithDefault("5672")
  int port();

  @WithDefault("guest")
  String username();

  @WithDefault("guest")
  String password();

  @WithDefault("/")
  String virtualHost();

  @WithDefault("${quarkus.application.name}")
  String connectionName();
}
