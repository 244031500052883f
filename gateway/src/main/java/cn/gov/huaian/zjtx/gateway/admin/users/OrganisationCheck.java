package cn.gov.huaian.zjtx.gateway.admin.users;

import cn.gov.huaian.zjtx.gateway.routing.GatewayConfig;
import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * A user is bound only to an organisation that exists: the owning service is asked, with the
 * admin's own token, before Keycloak is changed.
 */
@ApplicationScoped
public class OrganisationCheck {
  private final HttpClient http;
  private final GatewayConfig config;

  public OrganisationCheck(HttpClient http, GatewayConfig config) {
    this.http = http;
    this.config = config;
  }

  public void requireExisting(PlatformRole role, UUID id, String bearerToken) {
    String field = role.bindingAttribute().orElseThrow().replace("_id", "Id");
    if (id == null) {
      throw ProblemException.invalid(field, role.realmRole() + " 角色的用户必须绑定" + role.bindingLabel());
    }
    String url =
        switch (role) {
          case ENTERPRISE -> upstream("enterprise") + "/api/v1/enterprises/" + id;
          case UNIVERSITY -> upstream("matchmaking") + "/api/v1/universities/" + id;
          case EXPERT -> upstream("matchmaking") + "/api/v1/experts/" + id;
          default -> throw new IllegalArgumentException(role.name());
        };
    int status = statusOf(url, bearerToken);
    if (status == 404) {
      throw ProblemException.invalid(field, role.bindingLabel() + "不存在：" + id);
    }
    if (status != 200) {
      throw new ProblemException(
          503, "service-unavailable", "服务暂时不可用", "暂时无法核实" + role.bindingLabel() + "是否存在，请稍后重试");
    }
  }

  private String upstream(String name) {
    return config.upstreams().get(name).url();
  }

  private int statusOf(String url, String bearerToken) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(5))
              .header("Authorization", bearerToken)
              .GET()
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      return 503;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 503;
    }
  }
}
