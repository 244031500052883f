package cn.gov.huaian.zjtx.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the realm that signs the tokens this service accepts answers. */
@Readiness
@ApplicationScoped
public class KeycloakReadinessCheck implements HealthCheck {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI discovery;
  private final String realmUrl;

  public KeycloakReadinessCheck(
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
    this.realmUrl = realmUrl;
    this.discovery = URI.create(realmUrl + "/.well-known/openid-configuration");
  }

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("keycloak").withData("realm", realmUrl);
    try {
      var request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return builder.status(status == 200).withData("status", status).build();
    } catch (Exception e) {
      return builder.down().withData("error", "Keycloak 无法连接").build();
    }
  }
}
