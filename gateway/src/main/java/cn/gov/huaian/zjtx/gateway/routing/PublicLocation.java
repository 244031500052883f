package cn.gov.huaian.zjtx.gateway.routing;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A service builds absolute {@code Location} headers from the address it was called on, which is
 * its internal one behind the gateway ({@code http://127.0.0.1:8083/api/v1/...}). Passed on as is,
 * that leaks the internal address and points browsers at a port they cannot reach; the gateway
 * turns it into a path on its own origin (a relative reference, allowed by RFC 9110 §10.2.2).
 */
final class PublicLocation {
  private PublicLocation() {}

  /** The location as clients should see it; anything not pointing at the upstream is kept. */
  static String of(String location, URI upstream) {
    if (location == null || location.isEmpty()) {
      return location;
    }
    try {
      URI target = new URI(location);
      if (!target.isAbsolute() || !sameOrigin(target, upstream)) {
        return location;
      }
      String path =
          target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
      return path
          + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
          + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment());
    } catch (URISyntaxException e) {
      return location;
    }
  }

  private static boolean sameOrigin(URI target, URI upstream) {
    return target.getScheme().equalsIgnoreCase(upstream.getScheme())
        && target.getHost() != null
        && target.getHost().equalsIgnoreCase(upstream.getHost())
        && port(target) == port(upstream);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
