package cn.gov.huaian.zjtx.matchmaking.needs;

import java.util.Arrays;
import java.util.Optional;

/** 地域偏好: whether the enterprise prefers experts of 驻淮高校, of Jiangsu, or anywhere. */
public enum RegionPreference {
  ANY("不限"),
  HUAIAN("驻淮高校优先"),
  JIANGSU("江苏省内优先");

  private final String nameZh;

  RegionPreference(String nameZh) {
    this.nameZh = nameZh;
  }

  public String nameZh() {
    return nameZh;
  }

  public static Optional<RegionPreference> parse(String value) {
    return Arrays.stream(values())
        .filter(r -> r.name().equalsIgnoreCase(value) || r.nameZh.equals(value))
        .findFirst();
  }
}
