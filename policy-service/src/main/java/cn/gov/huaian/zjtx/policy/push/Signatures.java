package cn.gov.huaian.zjtx.policy.push;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures: {@code X-Zjtx-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "."
 * + body)>}. The timestamp is signed too, so a receiver can refuse replays older than a few
 * minutes.
 */
public final class Signatures {
  public static final String HEADER = "X-Zjtx-Signature";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Signatures() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + HexFormat.of().formatHex(bytes);
  }

  public static String header(String secret, long timestamp, String body) {
    return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
  }

  /** What a receiver does: recompute and compare in constant time. */
  public static boolean verify(String secret, String header, String body) {
    String[] parts = header.split(",");
    if (parts.length != 2 || !parts[0].startsWith("t=") || !parts[1].startsWith("v1=")) {
      return false;
    }
    String expected = hmac(secret, parts[0].substring(2) + "." + body);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8),
        parts[1].substring(3).getBytes(StandardCharsets.UTF_8));
  }

  static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
