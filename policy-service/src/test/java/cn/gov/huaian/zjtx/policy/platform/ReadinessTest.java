package cn.gov.huaian.zjtx.policy.platform;

import cn.gov.huaian.zjtx.platform.testing.ReadinessContract;
import cn.gov.huaian.zjtx.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Tag;

/** Readiness reports each real server this service depends on, and all of them are up. */
@QuarkusTest
@Tag("servers")
class ReadinessTest extends ReadinessContract {
  ReadinessTest() {
    super(List.of("rabbitmq", "keycloak", "elasticsearch"));
  }

  @Override
  protected String adminToken() {
    return Tokens.of("admin-demo");
  }
}
