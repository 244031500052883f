package cn.gov.huaian.zjtx.platform.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * A dependency this service keeps serving without for a while: the broker (the outbox keeps the
 * events until it returns), Keycloak (issued tokens verify against the cached keys) and
 * Elasticsearch (search answers degraded or 503, writes still land). Readiness decides whether a
 * pod stays in its Service, so such a dependency must not make it DOWN: a broker blip would take
 * every pod of every service out at once. It is reported UP with its real state in the details
 * ({@code available}, {@code degraded}) and as the gauge {@code
 * zjtx_dependency_available{dependency=…}} (1/0, updated at each health poll) for alerts. Only what
 * the service cannot serve without, its database, makes readiness DOWN.
 */
public abstract class DegradableDependencyCheck implements HealthCheck {
  private final String name;
  private final String whenDown;
  private final AtomicInteger available = new AtomicInteger(1);

  /**
   * @param name the check's name in health reports and the gauge's {@code dependency} tag
   * @param whenDown what users notice while the dependency is away, in Chinese
   */
  protected DegradableDependencyCheck(String name, String whenDown, MeterRegistry registry) {
    this.name = name;
    this.whenDown = whenDown;
    registry.gauge("zjtx.dependency.available", Tags.of("dependency", name), available);
  }

  /** Details of a dependency that answers; throws when it does not. */
  protected abstract Map<String, Object> probe() throws Exception;

  /** Where the dependency is, for the details (no credentials). */
  protected abstract String location();

  @Override
  public final HealthCheckResponse call() {
    var builder = HealthCheckResponse.named(name).up().withData("target", location());
    try {
      probe().forEach((key, value) -> builder.withData(key, String.valueOf(value)));
      available.set(1);
      return builder.withData("available", true).build();
    } catch (Exception e) {
      available.set(0);
      return builder
          .withData("available", false)
          .withData("degraded", whenDown)
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }

  /** 1 while the dependency answered at the last poll, 0 otherwise. */
  public int availableNow() {
    return available.get();
  }
}
