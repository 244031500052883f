package cn.gov.huaian.zjtx.matchmaking.ranking;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Where the next page of a ranking starts: the last result served (its score and id, the keyset of
 * the order score descending then id ascending as text), how many results were served before, and
 * the query it belongs to ({@code scope}, a short hash of what was asked). Clients treat the token
 * as opaque; it is base64url text with a checksum, so a damaged or foreign token is a 400, never a
 * wrong page. Plain Java.
 *
 * @param scope hash of the query (need, expert or text, and stage) the cursor belongs to
 * @param offset results served before the next page (the next page's first rank is offset + 1)
 * @param score the last served result's score
 * @param id the last served result's id
 */
public record Cursor(String scope, int offset, double score, UUID id) {
  private static final String VERSION = "c1";

  /**
   * Whether a result with this score and id comes after the cursor's last result: lower score, or
   * the same score and a greater id as text (as the search index orders its ties; {@link
   * UUID#compareTo} compares signed halves, another order).
   */
  public boolean isBefore(double otherScore, UUID otherId) {
    int byScore = Double.compare(otherScore, score);
    return byScore < 0 || byScore == 0 && otherId.toString().compareTo(id.toString()) > 0;
  }

  /** The opaque token. */
  public String encode() {
    String body = VERSION + "|" + scope + "|" + offset + "|" + score + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((body + "|" + crc(body)).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor a token stands for; a 400 problem (field {@code cursor}) when the token is damaged,
   * or was given for another query than {@code expectedScope}.
   */
  public static Cursor decode(String token, String expectedScope) {
    String[] f;
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
      f = text.split("\\|", -1);
      if (f.length != 6
          || !VERSION.equals(f[0])
          || !f[5].equals(crc(String.join("|", f[0], f[1], f[2], f[3], f[4])))) {
        throw invalid();
      }
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (!f[1].equals(expectedScope)) {
      throw ProblemException.invalid("cursor", "游标不属于本次查询（检索条件已变化），请去掉 cursor 从第一页重新开始");
    }
    try {
      int offset = Integer.parseInt(f[2]);
      double score = Double.parseDouble(f[3]);
      if (offset < 1 || Double.isNaN(score) || Double.isInfinite(score)) {
        throw invalid();
      }
      return new Cursor(f[1], offset, score, UUID.fromString(f[4]));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  /** A short, stable hash of what was asked: a cursor is only valid for the same question. */
  public static String scope(String... parts) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\u0001", parts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String crc(String body) {
    var crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.UTF_8));
    return Long.toString(crc.getValue(), 36);
  }

  private static ProblemException invalid() {
    return ProblemException.invalid("cursor", "游标无效：请使用上一页结果中的 nextCursor 原样传回，或去掉 cursor 从第一页开始");
  }
}
