package cn.gov.huaian.zjtx.policy.push;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Why a webhook delivery failed, in words the admin reviewing dead letters and the firm fixing its
 * endpoint can act on ("连接被拒绝：对方地址上没有服务在监听"), with the technical detail kept in brackets for
 * whoever debugs it. The admin's dead-letter list showed the bare Java exception
 * ("AnnotatedConnectException：Connection refused: …").
 */
final class DeliveryFailures {
  private DeliveryFailures() {}

  /** The endpoint answered, but not with 2xx. */
  static String ofStatus(int status) {
    if (status >= 500) {
      return "对方服务出错（HTTP " + status + "）";
    }
    if (status >= 400) {
      return "对方拒收（HTTP " + status + "），请检查回调地址与签名校验";
    }
    return "对方返回了非成功状态（HTTP " + status + "）";
  }

  /** The call did not get an answer. */
  static String of(Throwable failure) {
    String detail =
        failure.getClass().getSimpleName()
            + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    return reason(failure) + "（" + detail + "）";
  }

  private static String reason(Throwable failure) {
    // Netty's connect and timeout exceptions extend these java.net types.
    if (failure instanceof ConnectException) {
      return failure.getClass().getSimpleName().contains("Timeout")
          ? "连接超时：对方地址无法在限定时间内建立连接"
          : "连接被拒绝：对方地址上没有服务在监听";
    }
    if (failure instanceof UnknownHostException) {
      return "域名无法解析：请检查回调地址的域名";
    }
    if (failure instanceof NoRouteToHostException) {
      return "网络不可达";
    }
    if (failure instanceof SocketTimeoutException
        || failure.getClass().getSimpleName().contains("Timeout")) {
      return "连接超时";
    }
    if (failure instanceof SSLException) {
      return "TLS 握手失败：请检查对方证书";
    }
    if (String.valueOf(failure.getMessage()).contains("closed")) {
      return "连接被对方关闭";
    }
    return "投递失败";
  }
}
