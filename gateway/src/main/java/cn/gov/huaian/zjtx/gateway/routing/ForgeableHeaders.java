package cn.gov.huaian.zjtx.gateway.routing;

import io.vertx.core.MultiMap;
import java.util.List;
import java.util.Locale;

/**
 * Headers a client could forge to pass itself off as someone or somewhere else. The gateway removes
 * them before a request goes on; services trust only the token.
 */
public final class ForgeableHeaders {
  private static final List<String> EXACT =
      List.of(
          "forwarded",
          "x-real-ip",
          "x-client-ip",
          "x-original-url",
          "x-rewrite-url",
          "true-client-ip");
  private static final List<String> PREFIXES =
      List.of(
          "x-forwarded-",
          "x-user",
          "x-auth",
          "x-remote-",
          "x-identity",
          "x-enterprise",
          "x-university",
          "x-expert",
          "x-role",
          "x-roles",
          "x-tenant",
          "x-principal",
          "x-jwt");

  private ForgeableHeaders() {}

  public static boolean isForgeable(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return EXACT.contains(lower) || PREFIXES.stream().anyMatch(lower::startsWith);
  }

  /** Removes every forgeable header from {@code headers}. */
  public static void strip(MultiMap headers) {
    List<String> names = headers.names().stream().filter(ForgeableHeaders::isForgeable).toList();
    names.forEach(headers::remove);
  }
}
