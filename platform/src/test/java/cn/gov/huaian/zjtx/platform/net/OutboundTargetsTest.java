package cn.gov.huaian.zjtx.platform.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhook URLs that would make the platform call its own network are refused (issue 14, item 1).
 */
class OutboundTargetsTest {
  private final OutboundTargets http = new OutboundTargets("回调地址", false, List.of());
  private final OutboundTargets httpsOnly = new OutboundTargets("回调地址", true, List.of());

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the probe's own examples
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:8081/q/health",
        "http://0.0.0.0:8082/",
        "http://2130706433:8081/",
        "http://localhost:8081/q/health",
        // every numeric form of 127.0.0.1
        "http://0177.0.0.1/",
        "http://0x7f.1/",
        "http://0x7f000001/",
        "http://017700000001/",
        "http://127.1/",
        "http://127.0.1/",
        "http://0x7F.0.0.1/",
        "http://127.0.0.1./",
        // loopback and friends under other names
        "http://LOCALHOST/",
        "http://localhost./",
        "http://api.localhost/",
        "http://[::1]/",
        "http://[::]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[::127.0.0.1]/",
        "http://[0:0:0:0:0:ffff:a9fe:a9fe]/",
        "http://[fe80::1]/",
        "http://[fe80::1%25eth0]/",
        "http://[fc00::1]/",
        "http://[fd12:3456::1]/",
        "http://[ff02::1]/",
        "http://[64:ff9b::7f00:1]/",
        "http://[2002:7f00:1::]/",
        // private, shared, link-local, multicast, broadcast, reserved
        "http://10.0.0.1/",
        "http://172.16.0.1/",
        "http://172.31.255.255/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://100.127.255.254/",
        "http://169.254.0.1/",
        "http://224.0.0.1/",
        "http://239.255.255.250/",
        "http://255.255.255.255/",
        "http://240.0.0.1/",
        "http://0.0.0.1/",
        "http://0/",
        "http://192.0.2.1/",
        // names that are not a public host
        "http://policy-service:8082/",
        "http://user:pw@example.com/",
        "ftp://example.com/",
        "file:///etc/passwd",
        "gopher://example.com/",
        "http:///nohost",
        "http://08.0.0.1/",
        "http://256.1.1.1/",
        "http://1.2.3.4.5/",
        "  ",
      })
  void refused(String url) {
    assertThatThrownBy(() -> http.check(url)).isInstanceOf(OutboundTargets.Refused.class);
  }

  @Test
  void theReasonIsNamedInChinese() {
    assertThatThrownBy(() -> http.check("http://2130706433:8081/"))
        .hasMessage("回调地址指向本机回环地址（2130706433 → 127.0.0.1），不允许调用");
    assertThatThrownBy(() -> http.check("http://169.254.169.254/latest/meta-data/"))
        .hasMessageContaining("链路本地地址");
    assertThatThrownBy(() -> http.check("http://256.1.1.1/")).hasMessageContaining("无效");
    assertThatThrownBy(() -> http.check("http://0x7f.1/")).hasMessageContaining("回环");
    assertThatThrownBy(() -> http.check("http://127.1/")).hasMessageContaining("回环");
    assertThatThrownBy(() -> http.check("http://0177.0.0.1/")).hasMessageContaining("回环");
    assertThatThrownBy(() -> http.check("http://a_b.example.com/")).hasMessageContaining("主机名不正确");
    assertThatThrownBy(() -> http.check("http://134744072/")).hasMessageContaining("标准的点分十进制");
    assertThatThrownBy(() -> httpsOnly.check("http://hooks.example.com/"))
        .hasMessage("回调地址须使用 https");
  }

  @Test
  void publicAddressesAndNamesPass() {
    var t = http.check("https://Hooks.Example.COM./zjtx/notify?x=1");
    assertThat(t.host()).isEqualTo("hooks.example.com");
    assertThat(t.port()).isEqualTo(443);
    assertThat(t.https()).isTrue();
    assertThat(t.requestUri()).isEqualTo("/zjtx/notify?x=1");
    assertThat(http.check("http://203.0.114.10:8080").port()).isEqualTo(8080);
    assertThat(http.check("http://203.0.114.10:8080").requestUri()).isEqualTo("/");
    assertThat(http.check("https://[2400:3200::1]/hook").host()).isEqualTo("[2400:3200::1]");
    assertThat(httpsOnly.check("https://hooks.example.com/").allowListed()).isFalse();
  }

  @Test
  void anAllowListEntryIsAnExceptionForExactlyThatHostAndPort() {
    var targets =
        new OutboundTargets(
            "回调地址", false, List.of("127.0.0.1:18977", " Intranet.Example.cn:443 ", "[::1]:9000"));
    assertThat(targets.check("http://127.0.0.1:18977/ok").allowListed()).isTrue();
    assertThat(targets.check("https://intranet.example.cn/hook").allowListed()).isTrue();
    assertThat(targets.check("http://[::1]:9000/").allowListed()).isTrue();
    assertThatThrownBy(() -> targets.check("http://127.0.0.1:18978/ok"))
        .isInstanceOf(OutboundTargets.Refused.class);
    assertThatThrownBy(() -> targets.check("http://2130706433:18977/ok"))
        .isInstanceOf(OutboundTargets.Refused.class);
    // a name passes as written; its addresses are checked when it is resolved (below)
    assertThat(targets.check("http://intranet.example.cn/hook").allowListed()).isFalse();
  }

  @Test
  void badAllowListEntriesStopTheStart() {
    assertThatThrownBy(() -> new OutboundTargets("回调地址", true, List.of("example.com")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutboundTargets("回调地址", true, List.of("::1:80")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutboundTargets("回调地址", true, List.of("a.cn:99999")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNameIsResolvedAndEveryAddressChecked() throws Exception {
    var dns =
        resolver(
            Map.of(
                "hooks.example.com", List.of("203.0.114.7"),
                "rebind.example.com", List.of("203.0.114.7", "127.0.0.1"),
                "metadata.example.com", List.of("169.254.169.254"),
                "v6.example.com", List.of("fd00::1"),
                "intranet.example.cn", List.of("10.1.2.3")));
    var ok = http.check("https://hooks.example.com/x");
    assertThat(http.resolve(ok, dns).getHostAddress()).isEqualTo("203.0.114.7");
    for (String name : List.of("rebind", "metadata", "v6")) {
      var t = http.check("https://" + name + ".example.com/x");
      assertThatThrownBy(() -> http.resolve(t, dns))
          .isInstanceOf(OutboundTargets.Refused.class)
          .hasMessageContaining(name + ".example.com → ");
    }
    var unknown = http.check("https://nowhere.example.com/x");
    assertThatThrownBy(() -> http.resolve(unknown, dns)).hasMessageContaining("无法解析");

    var allowed = new OutboundTargets("回调地址", true, List.of("intranet.example.cn:443"));
    var t = allowed.check("https://intranet.example.cn/hook");
    assertThat(allowed.resolve(t, dns).getHostAddress()).isEqualTo("10.1.2.3");
    var notAllowed = http.check("https://intranet.example.cn/hook");
    assertThatThrownBy(() -> http.resolve(notAllowed, dns))
        .hasMessageContaining("intranet.example.cn → 10.1.2.3");
  }

  @Test
  void literalsAreNotResolved() {
    OutboundTargets.Resolver none =
        host -> {
          throw new AssertionError("resolved " + host);
        };
    assertThat(http.resolve(http.check("http://203.0.114.10/"), none).getHostAddress())
        .isEqualTo("203.0.114.10");
    var allowed = new OutboundTargets("回调地址", false, List.of("127.0.0.1:18977"));
    assertThat(allowed.resolve(allowed.check("http://127.0.0.1:18977/"), none).getHostAddress())
        .isEqualTo("127.0.0.1");
  }

  private static OutboundTargets.Resolver resolver(Map<String, List<String>> names) {
    return host -> {
      List<String> ips = names.get(host);
      if (ips == null) {
        throw new UnknownHostException(host);
      }
      InetAddress[] out = new InetAddress[ips.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = InetAddress.getByName(ips.get(i));
      }
      return out;
    };
  }
}
