package cn.gov.huaian.zjtx.gateway.web;

/** Reads the bearer token out of an Authorization header, the one way the gateway does it. */
public final class BearerTokens {
  private static final String BEARER = "bearer ";

  private BearerTokens() {}

  /**
   * The token after "Bearer " (any case), trimmed; null when the header carries no bearer token.
   */
  public static String of(String authorization) {
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return authorization.substring(BEARER.length()).trim();
  }
}
