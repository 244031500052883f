package cn.gov.huaian.zjtx.gateway.web;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The one JDK HTTP client of the gateway's own calls (health of upstreams and Keycloak, the admin
 * API's checks, the overview); it pools connections, so it is made once. Timeouts are per request.
 * Proxied traffic uses the Vert.x clients of {@code routing.Upstream} instead.
 */
public class HttpClients {

  @Produces
  @Singleton
  HttpClient http() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  }
}
