package cn.gov.huaian.zjtx.platform.web;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;

/**
 * Optimistic locking over HTTP: the entity's {@code @Version} is its strong ETag ({@code "7"}), and
 * a write names the version it read in {@code If-Match}: missing → 428, stale or unreadable → 412.
 */
public final class ETags {
  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version a client's {@code If-Match} names; a missing header is 428 (a write must say which
   * version it changes), an unreadable one 412.
   */
  public static long required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          428, "precondition-required", "缺少 If-Match", "修改前请先读取数据，并在 If-Match 中带上读取时的 ETag");
    }
    String t = ifMatch.strip();
    if (t.startsWith("W/")) {
      t = t.substring(2);
    }
    t = t.replace("\"", "");
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw ProblemException.preconditionFailed("If-Match 与当前数据版本不符，请重新读取后再提交");
    }
  }

  /** 412 unless the {@code If-Match} names the current version (428 when it is missing). */
  public static void check(String ifMatch, long current) {
    if (required(ifMatch) != current) {
      throw ProblemException.preconditionFailed("数据已被修改，请重新读取后再提交（If-Match 已过期）");
    }
  }

  /** Whether an {@code If-None-Match} header names the current version. */
  public static boolean matches(String ifNoneMatch, long version) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.replace("W/", "").equals(of(version))) {
        return true;
      }
    }
    return false;
  }
}
