package cn.gov.huaian.zjtx.policy.matching;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Timestamps as native queries return them, as instants. */
public final class Times {
  private Times() {}

  public static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Timestamp t -> t.toInstant();
      case OffsetDateTime o -> o.toInstant();
      case Instant i -> i;
      default -> throw new IllegalStateException("无法识别的时间类型");
    };
  }
}
