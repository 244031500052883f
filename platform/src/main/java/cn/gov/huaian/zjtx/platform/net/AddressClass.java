package cn.gov.huaian.zjtx.platform.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * What kind of address an IP is, for calls the platform makes on a user's behalf (webhooks): only
 * public unicast addresses may be called; everything else is a way into the platform's own network
 * (loopback, RFC 1918, CGNAT, link-local cloud metadata at 169.254.169.254, unique-local IPv6,
 * multicast, unspecified) or into nobody's. Plain Java: no I/O, no name resolution.
 */
public enum AddressClass {
  PUBLIC("公网地址"),
  LOOPBACK("本机回环地址"),
  PRIVATE("内网地址（RFC 1918）"),
  SHARED("运营商级 NAT 地址（100.64.0.0/10）"),
  LINK_LOCAL("链路本地地址（含云主机元数据地址 169.254.169.254）"),
  MULTICAST("组播地址"),
  UNSPECIFIED("未指定地址（0.0.0.0 或 ::）"),
  BROADCAST("广播地址"),
  UNIQUE_LOCAL("IPv6 唯一本地地址（fc00::/7）"),
  IPV4_IN_IPV6("内嵌 IPv4 的 IPv6 地址"),
  RESERVED("保留或文档专用地址");

  private final String label;

  AddressClass(String label) {
    this.label = label;
  }

  /** A Chinese name of the class, for messages. */
  public String label() {
    return label;
  }

  public boolean isPublic() {
    return this == PUBLIC;
  }

  /** The class of {@code address}. */
  public static AddressClass of(InetAddress address) {
    byte[] b = address.getAddress();
    return address instanceof Inet6Address ? ofIpv6(b) : ofIpv4(b);
  }

  static AddressClass ofIpv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    int a3 = b[3] & 0xff;
    if (a0 == 0) {
      // 0.0.0.0/8 "this network": 0.0.0.0 reaches the local host on Linux.
      return UNSPECIFIED;
    }
    if (a0 == 127) {
      return LOOPBACK;
    }
    if (a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168) {
      return PRIVATE;
    }
    if (a0 == 100 && (a1 & 0xc0) == 64) {
      return SHARED;
    }
    if (a0 == 169 && a1 == 254) {
      return LINK_LOCAL;
    }
    if (a0 >= 224 && a0 <= 239) {
      return MULTICAST;
    }
    if (a0 == 255 && a1 == 255 && a2 == 255 && a3 == 255) {
      return BROADCAST;
    }
    if (a0 >= 240 // 240.0.0.0/4 reserved
        || a0 == 192 && a1 == 0 && a2 == 0 // 192.0.0.0/24 IETF protocol assignments
        || a0 == 192 && a1 == 0 && a2 == 2 // TEST-NET-1
        || a0 == 198 && (a1 == 18 || a1 == 19) // benchmarking
        || a0 == 198 && a1 == 51 && a2 == 100 // TEST-NET-2
        || a0 == 203 && a1 == 0 && a2 == 113 // TEST-NET-3
        || a0 == 192 && a1 == 88 && a2 == 99) { // 6to4 relay anycast (deprecated)
      return RESERVED;
    }
    return PUBLIC;
  }

  static AddressClass ofIpv6(byte[] b) {
    boolean firstTenZero = true;
    for (int i = 0; i < 10; i++) {
      firstTenZero &= b[i] == 0;
    }
    if (firstTenZero) {
      boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
      boolean zero1011 = b[10] == 0 && b[11] == 0;
      if (zero1011) {
        boolean restZero = b[12] == 0 && b[13] == 0 && b[14] == 0;
        if (restZero && b[15] == 0) {
          return UNSPECIFIED;
        }
        if (restZero && b[15] == 1) {
          return LOOPBACK;
        }
        return IPV4_IN_IPV6; // ::a.b.c.d, IPv4-compatible (deprecated)
      }
      if (mapped) {
        return IPV4_IN_IPV6; // ::ffff:a.b.c.d
      }
    }
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    if (b0 == 0xff) {
      return MULTICAST;
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
      return LINK_LOCAL; // fe80::/10
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
      return PRIVATE; // fec0::/10 site-local (deprecated)
    }
    if ((b0 & 0xfe) == 0xfc) {
      return UNIQUE_LOCAL; // fc00::/7
    }
    if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      return IPV4_IN_IPV6; // 64:ff9b::/96 and 64:ff9b:1::/48, NAT64 into IPv4
    }
    if (b0 == 0x20 && b1 == 0x02) {
      return IPV4_IN_IPV6; // 2002::/16, 6to4
    }
    if (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) {
      return IPV4_IN_IPV6; // 2001::/32, Teredo
    }
    if (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
      return RESERVED; // 2001:db8::/32 documentation
    }
    if (b0 == 0x01 && b1 == 0x00 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0) {
      return RESERVED; // 100::/64 discard-only
    }
    if (b0 == 0 && b1 == 0) {
      return RESERVED; // the rest of ::/16 is unassigned or reserved
    }
    return PUBLIC;
  }

  /**
   * The IPv4 address a numeric host name means to the C library's {@code inet_aton}, which curl,
   * browsers and many HTTP stacks follow: one to four parts, each decimal, octal (a leading 0) or
   * hexadecimal (0x), the last part filling the remaining bytes. So {@code 2130706433}, {@code
   * 0177.0.0.1}, {@code 0x7f.1} and {@code 127.1} are all 127.0.0.1. Empty when {@code host} is not
   * of that shape (a DNS name) or a part overflows.
   */
  public static Optional<Inet4Address> numericIpv4(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (h.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length > 4) {
      return Optional.empty();
    }
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Long v = part(parts[i]);
      if (v == null) {
        return Optional.empty();
      }
      values[i] = v;
    }
    long address = 0;
    for (int i = 0; i < values.length - 1; i++) {
      if (values[i] > 0xff) {
        return Optional.empty();
      }
      address |= values[i] << (8 * (3 - i));
    }
    long last = values[values.length - 1];
    int lastBytes = 4 - (values.length - 1);
    if (last >= 1L << (8 * lastBytes)) {
      return Optional.empty();
    }
    address |= last;
    byte[] bytes = {
      (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
    };
    try {
      return Optional.of((Inet4Address) InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // four bytes are always a valid address
    }
  }

  /** Whether {@code host} looks like a number to a resolver (any of the forms above). */
  public static boolean looksNumeric(String host) {
    return host.matches("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");
  }

  /** Whether {@code host} is an IPv4 address in the one unambiguous form, e.g. 203.0.113.10. */
  public static boolean isCanonicalIpv4(String host) {
    return host.matches(
        "(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
  }

  private static Long part(String p) {
    if (p.isEmpty() || p.length() > 12) {
      return null;
    }
    String lower = p.toLowerCase(java.util.Locale.ROOT);
    if (!lower.matches("0x[0-9a-f]*|[0-9]+")) {
      return null;
    }
    try {
      if (lower.startsWith("0x")) {
        return lower.length() == 2 ? 0L : Long.parseLong(lower.substring(2), 16);
      }
      if (lower.length() > 1 && lower.startsWith("0")) {
        return Long.parseLong(lower.substring(1), 8);
      }
      return Long.parseLong(lower, 10);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
