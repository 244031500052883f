package cn.gov.huaian.zjtx.gateway.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the stand-in upstream once for every gateway test application, and stops it with it. */
@QuarkusTestResource(EchoUpstreamResource.class)
public class EchoUpstreamResource implements QuarkusTestResourceLifecycleManager {
  private static EchoUpstream upstream;

  /** The running stand-in, for tests that count the calls that reached it. */
  public static EchoUpstream upstream() {
    return upstream;
  }

  @Override
  public Map<String, String> start() {
    try {
      upstream = new EchoUpstream();
    } catch (Exception e) {
      throw new IllegalStateException("无法启动测试用上游服务", e);
    }
    return Map.of();
  }

  @Override
  public void stop() {
    try {
      upstream.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
