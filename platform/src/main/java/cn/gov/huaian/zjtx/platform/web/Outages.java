package cn.gov.huaian.zjtx.platform.web;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a failure that means a server this service depends on is away (PostgreSQL restarting,
 * Keycloak stopped), which callers should hear as 503 with Retry-After rather than as a 500 fault
 * of ours: the request was fine and will succeed when the server is back. Looks through the whole
 * cause chain, since Hibernate, Agroal and the REST clients each wrap the cause differently.
 */
public final class Outages {
  /** What was away, for the problem's detail. */
  public enum Outage {
    DATABASE("数据库暂时不可用，请稍后重试"),
    DEPENDENCY("依赖的服务暂时不可用，请稍后重试");

    private final String detail;

    Outage(String detail) {
      this.detail = detail;
    }

    public String detail() {
      return detail;
    }
  }

  /** Seconds a caller should wait before retrying. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private Outages() {}

  public static Optional<Outage> of(Throwable failure) {
    Outage found = null;
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      if (isDatabaseAway(t)) {
        return Optional.of(Outage.DATABASE);
      }
      if (isConnectionRefused(t)) {
        found = Outage.DEPENDENCY;
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean isDatabaseAway(Throwable t) {
    if (t instanceof SQLTransientConnectionException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      // 08xxx: connection exceptions; 57P01..57P03: admin shutdown, crash shutdown, cannot connect
      // now.
      if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
        return true;
      }
      // Agroal's pool answers with a state-less SQLException when no connection comes in time.
      String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
      return message.contains("acquisition timeout");
    }
    return t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException");
  }

  private static boolean isConnectionRefused(Throwable t) {
    return t instanceof ConnectException
        || t instanceof HttpConnectTimeoutException
        || t instanceof NoRouteToHostException
        || t instanceof UnknownHostException;
  }
}
