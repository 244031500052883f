package cn.gov.huaian.zjtx.enterprise.registry;

import java.util.Arrays;
import java.util.Optional;

/** Position of an enterprise in its industry chain (产业链位置). */
public enum ChainPosition {
  UPSTREAM("upstream", "上游"),
  MIDSTREAM("midstream", "中游"),
  DOWNSTREAM("downstream", "下游");

  public final String code;
  public final String label;

  ChainPosition(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public static Optional<ChainPosition> of(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.strip();
    return Arrays.stream(values())
        .filter(p -> p.code.equalsIgnoreCase(t) || p.label.equals(t) || t.startsWith(p.label))
        .findFirst();
  }
}
