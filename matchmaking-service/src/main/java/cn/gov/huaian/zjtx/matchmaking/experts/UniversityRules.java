package cn.gov.huaian.zjtx.matchmaking.experts;

import cn.gov.huaian.zjtx.platform.validation.Violations;

/**
 * Checks a {@link UniversityRequest} and applies it; 驻淮 and 江苏 follow from city and province.
 * Nothing is applied when a field is invalid. Plain Java (also used by the bulk import).
 */
public final class UniversityRules {
  public static final int NAME_MAX = 100;

  private UniversityRules() {}

  public static void apply(UniversityRequest r, University u) {
    if (r == null) {
      new Violations().add("body", "请求体不能为空").throwIfAny();
    }
    var v = new Violations();
    String name = v.requiredName("name", "高校名称", r.name(), 1, NAME_MAX);
    String city = v.requiredText("city", "所在城市", r.city(), 50);
    String province = v.requiredText("province", "所在省份", r.province(), 50);
    v.throwIfAny();
    u.name = name;
    u.city = city;
    u.province = province;
    u.inHuaian = city.startsWith("淮安");
    u.inJiangsu = province.startsWith("江苏");
  }
}
