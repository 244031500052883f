package cn.gov.huaian.zjtx.platform.web;

import cn.gov.huaian.zjtx.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Query parameters read by hand: JAX-RS answers 404 when it cannot convert a query parameter, which
 * tells a caller the wrong thing; a bad filter is a 400 naming the parameter.
 */
public final class Params {
  private Params() {}

  public static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
      throw ProblemException.invalid(name, "参数 " + name + " 应为以下之一：" + allowed);
    }
  }

  public static UUID uuidOf(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(name, "参数 " + name + " 应为 UUID");
    }
  }
}
