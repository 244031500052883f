package cn.gov.huaian.zjtx.policy.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class DeliveryFailuresTest {
  @Test
  void aRefusedConnectionIsSaidInChineseWithTheDetailKept() {
    assertThat(DeliveryFailures.of(new ConnectException("Connection refused: /127.0.0.1:18977")))
        .isEqualTo("连接被拒绝：对方地址上没有服务在监听（ConnectException: Connection refused: /127.0.0.1:18977）");
  }

  @Test
  void namesResolutionTlsAndUnknownFailures() {
    assertThat(DeliveryFailures.of(new UnknownHostException("hooks.example.invalid")))
        .startsWith("域名无法解析");
    assertThat(DeliveryFailures.of(new SSLHandshakeException("PKIX path building failed")))
        .startsWith("TLS 握手失败");
    assertThat(DeliveryFailures.of(new IllegalStateException()))
        .isEqualTo("投递失败（IllegalStateException）");
  }

  @Test
  void statusesSayWhoseSideFailed() {
    assertThat(DeliveryFailures.ofStatus(503)).isEqualTo("对方服务出错（HTTP 503）");
    assertThat(DeliveryFailures.ofStatus(404)).startsWith("对方拒收（HTTP 404）");
    assertThat(DeliveryFailures.ofStatus(302)).isEqualTo("对方返回了非成功状态（HTTP 302）");
  }
}
