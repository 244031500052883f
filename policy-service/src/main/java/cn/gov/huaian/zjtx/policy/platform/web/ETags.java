package cn.gov.huaian.zjtx.policy.platform.web;

import cn.gov.huaian.zjtx.policy.platform.problem.ProblemException;

/** Optimistic locking over HTTP: the entity's {@code @Version} as a strong ETag, If-Match required on writes. */
public final class ETags {
  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version an If-Match names; 428 when absent, 412 when it cannot be ours. */
  public static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(428, "if-match-required", "缺少 If-Match", "修改前请先读取资源，并在 If-Match 头中带上其 ETag");
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
    return new ProblemException(412, "stale-write", "数据已被他人修改", "数据已被修改，请重新读取后再提交（If-Match 已过期）");
  }
}
