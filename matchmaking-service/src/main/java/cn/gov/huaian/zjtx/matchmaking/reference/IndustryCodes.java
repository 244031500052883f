package cn.gov.huaian.zjtx.matchmaking.reference;

import java.util.HashMap;
import java.util.Map;

/** GB/T 4754-2017 国民经济行业分类 codes (门类 letter, 大类 2 digits, 中类 3, 小类 4). */
public final class IndustryCodes {
  private static final IndustryCodes INSTANCE = load("/reference/gbt4754_2017_industry.csv");
  private final Map<String, String> names;

  private IndustryCodes(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  public static IndustryCodes get() {
    return INSTANCE;
  }

  public boolean exists(String code) {
    return code != null && names.containsKey(code);
  }

  public String nameOf(String code) {
    return names.getOrDefault(code, code);
  }

  private static IndustryCodes load(String resource) {
    var names = new HashMap<String, String>();
    Csv.eachRow(
        resource,
        f -> {
          if (f.length >= 7 && !f[5].isBlank()) {
            names.put(f[5].trim(), f[6].trim());
          }
        });
    return new IndustryCodes(names);
  }
}
