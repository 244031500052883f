package cn.gov.huaian.zjtx.platform.health;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;

/**
 * The realm that signs the tokens this service accepts. Without it, issued tokens keep working
 * (their keys are cached) and only new logins and the admin API fail, so it degrades the service
 * rather than taking it out of readiness.
 */
@Readiness
@Singleton
public class KeycloakReadinessCheck extends DegradableDependencyCheck {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI discovery;
  private final String realmUrl;

  public KeycloakReadinessCheck(
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
      MeterRegistry registry) {
    super("keycloak", "已签发的令牌仍可使用；新登录与用户管理暂不可用", registry);
    this.realmUrl = realmUrl;
    this.discovery = URI.create(realmUrl + "/.well-known/openid-configuration");
  }

  @Override
  protected Map<String, Object> probe() throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build();
    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status != 200) {
      throw new IOException("Keycloak answered " + status);
    }
    return Map.of("status", status);
  }

  @Override
  protected String location() {
    return realmUrl;
  }
}
