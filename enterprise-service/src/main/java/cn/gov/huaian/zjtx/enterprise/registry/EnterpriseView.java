package cn.gov.huaian.zjtx.enterprise.registry;

import java.util.UUID;

/** An enterprise as the API shows it. */
public record EnterpriseView(UUID id, String creditCode, String name, String districtCode, long version) {
  static EnterpriseView of(Enterprise e) {
    return new EnterpriseView(e.id, e.creditCode, e.name, e.districtCode, e.version);
  }
}
