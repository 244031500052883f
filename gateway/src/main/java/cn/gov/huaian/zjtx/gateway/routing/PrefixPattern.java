package cn.gov.huaian.zjtx.gateway.routing;

import java.util.regex.Pattern;

/**
 * A routed prefix as a path regex: {@code /api/v1/tech-needs} matches that path and everything
 * below it (not {@code /api/v1/tech-needs-x}); a {@code *} stands for exactly one path segment, so
 * {@code /api/v1/enterprises/*}{@code /matches} matches the matches of any one enterprise.
 */
final class PrefixPattern {
  private PrefixPattern() {}

  static String of(String prefix) {
    StringBuilder regex = new StringBuilder("^");
    for (String part : prefix.split("\\*", -1)) {
      if (regex.length() > 1) {
        regex.append("[^/]+");
      }
      regex.append(Pattern.quote(part));
    }
    return regex.append("(/.*)?$").toString();
  }
}
