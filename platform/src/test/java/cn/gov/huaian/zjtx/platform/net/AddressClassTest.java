package cn.gov.huaian.zjtx.platform.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressClassTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, LOOPBACK",
    "127.255.255.254, LOOPBACK",
    "0.0.0.0, UNSPECIFIED",
    "0.1.2.3, UNSPECIFIED",
    "10.0.0.1, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.0.1, PRIVATE",
    "172.32.0.1, PUBLIC",
    "172.15.255.255, PUBLIC",
    "192.168.0.1, PRIVATE",
    "100.64.0.0, SHARED",
    "100.127.255.255, SHARED",
    "100.128.0.1, PUBLIC",
    "100.63.255.255, PUBLIC",
    "169.254.169.254, LINK_LOCAL",
    "224.0.0.1, MULTICAST",
    "239.1.1.1, MULTICAST",
    "255.255.255.255, BROADCAST",
    "240.0.0.1, RESERVED",
    "198.18.0.1, RESERVED",
    "8.8.8.8, PUBLIC",
    "58.216.0.1, PUBLIC",
    "::, UNSPECIFIED",
    "::1, LOOPBACK",
    "::127.0.0.1, IPV4_IN_IPV6",
    "fe80::1, LINK_LOCAL",
    "febf::1, LINK_LOCAL",
    "fec0::1, PRIVATE",
    "fc00::1, UNIQUE_LOCAL",
    "fdff::1, UNIQUE_LOCAL",
    "ff02::1, MULTICAST",
    "64:ff9b::a00:1, IPV4_IN_IPV6",
    "2002:a00:1::, IPV4_IN_IPV6",
    "2001::1, IPV4_IN_IPV6",
    "2001:db8::1, RESERVED",
    "2400:3200::1, PUBLIC",
    "2001:4860:4860::8888, PUBLIC",
  })
  void classes(String ip, AddressClass expected) throws Exception {
    assertThat(AddressClass.of(InetAddress.getByName(ip))).isEqualTo(expected);
  }

  @Test
  void ipv4MappedBytesAreCaughtEvenWhenJavaKeepsThemIpv6() {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = 8;
    mapped[13] = 8;
    mapped[14] = 8;
    mapped[15] = 8;
    assertThat(AddressClass.ofIpv6(mapped)).isEqualTo(AddressClass.IPV4_IN_IPV6);
  }

  @ParameterizedTest
  @CsvSource({
    "2130706433, 127.0.0.1",
    "0177.0.0.1, 127.0.0.1",
    "0x7f.1, 127.0.0.1",
    "0x7f000001, 127.0.0.1",
    "127.1, 127.0.0.1",
    "127.0.1, 127.0.0.1",
    "0, 0.0.0.0",
    "0x, 0.0.0.0",
    "3232235777, 192.168.1.1",
    "0xA9.0xFE.0xA9.0xFE, 169.254.169.254",
    "169.16689662, 169.254.169.254",
    "8.8.8.8., 8.8.8.8",
  })
  void numericFormsAreReadAsTheCLibraryReadsThem(String host, String ip) {
    assertThat(AddressClass.looksNumeric(host)).isTrue();
    assertThat(AddressClass.numericIpv4(host))
        .get()
        .extracting(InetAddress::getHostAddress)
        .isEqualTo(ip);
  }

  @Test
  void notNumbers() {
    assertThat(AddressClass.numericIpv4("256.1.1.1")).isEmpty();
    assertThat(AddressClass.numericIpv4("1.2.3.4.5")).isEmpty();
    assertThat(AddressClass.numericIpv4("08")).isEmpty();
    assertThat(AddressClass.numericIpv4("4294967296")).isEmpty();
    assertThat(AddressClass.numericIpv4("1.16777216")).isEmpty();
    assertThat(AddressClass.numericIpv4("example.com")).isEmpty();
    assertThat(AddressClass.looksNumeric("example.com")).isFalse();
    assertThat(AddressClass.looksNumeric("1.2.3.com")).isFalse();
    assertThat(AddressClass.isCanonicalIpv4("127.0.0.1")).isTrue();
    assertThat(AddressClass.isCanonicalIpv4("127.000.0.1")).isFalse();
    assertThat(AddressClass.isCanonicalIpv4("127.1")).isFalse();
  }
}
