package cn.gov.huaian.zjtx.matchmaking.search;

/**
 * Elasticsearch could not answer; callers fall back to the degraded database path or retry later.
 */
public class SearchUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SearchUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
