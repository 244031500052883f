package cn.gov.huaian.zjtx.matchmaking.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * 国家自然科学基金申请代码 (NSFC discipline codes), read once from the reference CSV shipped in the jar. Plain
 * Java: usable from any capability and from tests without Quarkus.
 */
public final class NsfcCodes {
  /** One code with its Chinese name and level (1 = 学部下的一级, 3 = leaf). */
  public record Code(String code, int level, String parent, String nameZh) {}

  private static final NsfcCodes INSTANCE = load("/reference/nsfc_codes.csv");
  private final Map<String, Code> byCode;

  private NsfcCodes(Map<String, Code> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  public static NsfcCodes get() {
    return INSTANCE;
  }

  public boolean exists(String code) {
    return code != null && byCode.containsKey(code);
  }

  public Optional<Code> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public String nameOf(String code) {
    return find(code).map(Code::nameZh).orElse(code);
  }

  public int size() {
    return byCode.size();
  }

  /**
   * How close two codes are: 1 when equal, 0.6 when one contains the other or they share the second
   * level (e.g. F0401 and F040103), 0.3 when they share the first level (F04 and F05 are both under
   * F), 0 otherwise.
   */
  public static double closeness(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.startsWith(b) || b.startsWith(a)) {
      return 0.6;
    }
    int shared = 0;
    while (shared < Math.min(a.length(), b.length()) && a.charAt(shared) == b.charAt(shared)) {
      shared++;
    }
    if (shared >= 5) {
      return 0.6;
    }
    return shared >= 3 ? 0.3 : 0.0;
  }

  private static NsfcCodes load(String resource) {
    var codes = new HashMap<String, Code>();
    Csv.eachRow(
        resource,
        f -> {
          if (f.length >= 4 && !f[0].isBlank()) {
            codes.put(
                f[0].trim(),
                new Code(f[0].trim(), Integer.parseInt(f[1].trim()), f[2].trim(), f[3].trim()));
          }
        });
    return new NsfcCodes(codes);
  }
}
