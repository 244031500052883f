package cn.gov.huaian.zjtx.enterprise.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * Parks (园区) an enterprise may sit in. 淮安经济技术开发区 is also a county-level division (320871); the
 * other three have no division code of their own and sit inside a district.
 */
public enum Park {
  ECONOMIC_DEVELOPMENT_ZONE("economic-development-zone", "经开区", "淮安经济技术开发区"),
  HIGH_TECH_ZONE("high-tech-zone", "高新区", "淮安高新技术产业开发区"),
  INDUSTRIAL_PARK("industrial-park", "工业园区", "淮安工业园区"),
  ECO_TOURISM_ZONE("eco-tourism-zone", "生态文旅区", "淮安生态文旅区");

  public final String code;
  public final String label;
  public final String fullName;

  Park(String code, String label, String fullName) {
    this.code = code;
    this.label = label;
    this.fullName = fullName;
  }

  /** By code, short Chinese name or full Chinese name. */
  public static Optional<Park> of(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.trim();
    return Arrays.stream(values())
        .filter(
            p ->
                p.code.equalsIgnoreCase(t)
                    || p.label.equals(t)
                    || p.fullName.equals(t)
                    || p.fullName.equals("淮安" + t))
        .findFirst();
  }
}
