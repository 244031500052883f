package cn.gov.huaian.zjtx.matchmaking.platform.web;

import cn.gov.huaian.zjtx.matchmaking.platform.problem.ProblemException;

/**
 * Optimistic locking over HTTP: the entity version is the ETag, and a write must name the
 * version it read in {@code If-Match}. Missing → 428, stale → 412.
 */
public final class ETags {
  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version an If-Match header names; throws 428 when absent and 412 when unreadable. */
  public static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          428, "precondition-required", "缺少 If-Match", "修改前请先读取数据，并在 If-Match 请求头中带上其 ETag");
    }
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw stale();
    }
  }

  public static void check(String ifMatch, long current) {
    if (required(ifMatch) != current) {
      throw stale();
    }
  }

  public static ProblemException stale() {
    return new ProblemException(
        412, "stale-write", "数据已被他人修改", "数据已被修改，请重新读取后再提交（If-Match 已过期）");
  }
}
