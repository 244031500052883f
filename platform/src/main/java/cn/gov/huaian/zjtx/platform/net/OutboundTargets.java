package cn.gov.huaian.zjtx.platform.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs the platform may call on a user's behalf (webhooks), so that nobody can make it call
 * its own network (SSRF). A URL is checked when it is registered ({@link #check}) and its host
 * again each time it is called ({@link #resolve}), after name resolution: the caller then connects
 * to the address returned, never resolving the name a second time, so a name cannot point at a
 * public address for the check and at 127.0.0.1 for the call (DNS rebinding).
 *
 * <p>Refused: any address that is not public unicast ({@link AddressClass}); {@code localhost} and
 * {@code *.localhost}; single-label names; IP addresses in any form but canonical dotted decimal
 * (resolvers disagree on {@code 0177.0.0.1}: octal 127.0.0.1 to the C library, 177.0.0.1 to Java);
 * IPv6 literals with a zone or an IPv4 address inside; user info; schemes other than https (and
 * http where allowed). Entries of the allow-list ({@code host:port}, as written in URLs) skip the
 * address checks: exceptions an administrator grants on purpose. Plain Java; name resolution is
 * passed in.
 */
public final class OutboundTargets {
  /** Longest URL accepted. */
  public static final int MAX_LENGTH = 2000;

  private final String label;
  private final boolean httpsOnly;
  private final Set<String> allowList;

  /**
   * @param label what the URL is, in Chinese, for messages (e.g. 回调地址)
   * @param httpsOnly refuse plain http
   * @param allowList {@code host:port} entries exempt from the address checks
   */
  public OutboundTargets(String label, boolean httpsOnly, Collection<String> allowList) {
    this.label = label;
    this.httpsOnly = httpsOnly;
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : allowList) {
      if (entry != null && !entry.isBlank()) {
        entries.add(allowEntry(entry.strip()));
      }
    }
    this.allowList = Set.copyOf(entries);
  }

  /** A URL that passed the checks; {@code host} is lower-case, IPv6 in brackets. */
  public record Target(URI uri, String host, int port, boolean https, boolean allowListed) {
    /** The path and query to send in the request line. */
    public String requestUri() {
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** The host without IPv6 brackets, as a TLS server name or a resolver wants it. */
    public String bareHost() {
      return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }
  }

  /** A refused URL or address; the message is Chinese and names the reason. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** Name resolution, passed in so that tests can stand in for DNS. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** The platform's resolver. */
  public static final Resolver SYSTEM = InetAddress::getAllByName;

  /** Checks a URL as written, without resolving its host; throws {@link Refused}. */
  public Target check(String url) {
    if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
      throw new Refused("请填写" + label + "（不超过 " + MAX_LENGTH + " 个字符）");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      throw new Refused(label + "格式不正确");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new Refused(label + "应为 " + (httpsOnly ? "https" : "http 或 https") + " 的完整地址");
    }
    String authority = uri.getRawAuthority();
    if (authority == null || uri.getRawUserInfo() != null || authority.contains("@")) {
      throw new Refused(label + "应为完整的网址（含主机名），且不含用户名密码");
    }
    if (httpsOnly && !scheme.equals("https")) {
      throw new Refused(label + "须使用 https");
    }
    boolean https = scheme.equals("https");
    int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
    if (port < 1 || port > 65535) {
      throw new Refused(label + "的端口不正确");
    }
    // java.net.URI keeps some hosts (127.1, 0x7f.1, a_b.example.com) only as a raw authority: read
    // the host from it, so that the reason given is the real one; such a URL is refused below.
    String host = normalHost(uri.getHost() != null ? uri.getHost() : hostOf(authority));
    boolean allowListed = allowList.contains(host + ":" + port);
    if (host.startsWith("[")) {
      ipv6Literal(host, allowListed);
    } else if (AddressClass.looksNumeric(host)) {
      Inet4Address address =
          AddressClass.numericIpv4(host)
              .orElseThrow(() -> new Refused(label + "中的 IP 地址 " + host + " 无效"));
      if (!allowListed) {
        refuseUnlessPublic(address, host);
        if (!AddressClass.isCanonicalIpv4(host)) {
          throw new Refused(label + "中的 IP 地址须写成标准的点分十进制（如 203.0.113.10），不接受整数、八进制、十六进制或省略写法");
        }
      }
    } else if (!allowListed) {
      if (host.equals("localhost") || host.endsWith(".localhost")) {
        throw new Refused(label + "指向本机（" + host + "），不允许");
      }
      if (!host.contains(".")) {
        throw new Refused(label + "须使用完整的域名（如 hooks.example.com）");
      }
    }
    if (uri.getHost() == null) {
      throw new Refused(label + "的主机名不正确");
    }
    return new Target(uri, host, port, https, allowListed);
  }

  private static String hostOf(String authority) {
    if (authority.startsWith("[")) {
      int end = authority.indexOf(']');
      return end < 0 ? authority : authority.substring(0, end + 1);
    }
    int colon = authority.lastIndexOf(':');
    return colon < 0 ? authority : authority.substring(0, colon);
  }

  /**
   * The address to connect to for {@code target}, resolved now and checked: every address the name
   * has must be public (unless the target is allow-listed). Connect to the address returned and do
   * not resolve the name again.
   */
  public InetAddress resolve(Target target, Resolver resolver) {
    String host = target.bareHost();
    InetAddress[] addresses;
    if (target.host().startsWith("[") || AddressClass.looksNumeric(host)) {
      addresses = new InetAddress[] {literal(target.host())};
    } else {
      try {
        addresses = resolver.resolve(host);
      } catch (UnknownHostException e) {
        throw new Refused("无法解析" + label + "的主机名 " + host);
      }
      if (addresses == null || addresses.length == 0) {
        throw new Refused("无法解析" + label + "的主机名 " + host);
      }
    }
    if (!target.allowListed()) {
      for (InetAddress a : addresses) {
        refuseUnlessPublic(a, host);
      }
    }
    return addresses[0];
  }

  /** The entries of the allow-list, normalised. */
  public Set<String> allowList() {
    return allowList;
  }

  private void refuseUnlessPublic(InetAddress address, String host) {
    AddressClass kind = AddressClass.of(address);
    if (!kind.isPublic()) {
      String ip = address.getHostAddress();
      String where = host.equals(ip) || host.equals("[" + ip + "]") ? ip : host + " → " + ip;
      throw new Refused(label + "指向" + kind.label() + "（" + where + "），不允许调用");
    }
  }

  private void ipv6Literal(String host, boolean allowListed) {
    InetAddress address = literal(host);
    if (allowListed) {
      return;
    }
    if (address instanceof Inet4Address) {
      // Java turns ::ffff:a.b.c.d into the IPv4 address itself.
      throw new Refused(label + "指向" + AddressClass.IPV4_IN_IPV6.label() + "（" + host + "），不允许调用");
    }
    refuseUnlessPublic(address, host);
  }

  private InetAddress literal(String host) {
    if (host.startsWith("[")) {
      String inner = host.substring(1, host.length() - 1);
      if (inner.contains("%") || !inner.contains(":")) {
        throw new Refused(label + "中的 IPv6 地址 " + host + " 无效");
      }
      try {
        return InetAddress.getByName(inner); // a literal: no name resolution
      } catch (UnknownHostException e) {
        throw new Refused(label + "中的 IPv6 地址 " + host + " 无效");
      }
    }
    return AddressClass.numericIpv4(host)
        .orElseThrow(() -> new Refused(label + "中的 IP 地址 " + host + " 无效"));
  }

  private static String normalHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.endsWith(".") && h.length() > 1 ? h.substring(0, h.length() - 1) : h;
  }

  private static String allowEntry(String entry) {
    int colon = entry.lastIndexOf(':');
    if (colon <= 0 || colon == entry.length() - 1) {
      throw new IllegalArgumentException("允许列表的条目应为 主机:端口，例如 hooks.example.com:443：" + entry);
    }
    String host = entry.substring(0, colon);
    if (host.contains(":") && !host.startsWith("[")) {
      throw new IllegalArgumentException("允许列表中的 IPv6 地址须加方括号，例如 [2001:db8::1]:443：" + entry);
    }
    int port;
    try {
      port = Integer.parseInt(entry.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("允许列表条目的端口不是数字：" + entry);
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("允许列表条目的端口不正确：" + entry);
    }
    return normalHost(host) + ":" + port;
  }
}
