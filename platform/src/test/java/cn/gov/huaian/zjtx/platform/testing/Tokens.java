package cn.gov.huaian.zjtx.platform.testing;

import io.quarkus.test.keycloak.client.KeycloakTestClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens of the demo users, from the Keycloak started by deploy/bin/servers.sh. */
public final class Tokens {
  public static final String PASSWORD = "Demo@2025";
  private static final KeycloakTestClient KEYCLOAK = new KeycloakTestClient();
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Tokens() {}

  public static String of(String username) {
    return CACHE.computeIfAbsent(
        username, u -> KEYCLOAK.getAccessToken(u, PASSWORD, "zjtx-portal"));
  }

  /** A token of the named confidential service client (client-credentials grant). */
  public static String service(String clientId, String secret) {
    return CACHE.computeIfAbsent(
        "client:" + clientId, c -> KEYCLOAK.getClientAccessToken(clientId, secret));
  }
}
