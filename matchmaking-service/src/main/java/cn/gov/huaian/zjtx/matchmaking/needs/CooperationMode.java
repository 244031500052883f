package cn.gov.huaian.zjtx.matchmaking.needs;

import java.util.Arrays;
import java.util.Optional;

/** 合作方式: how the enterprise wants the problem solved. */
public enum CooperationMode {
  TECH_DEVELOPMENT("技术开发"),
  TECH_TRANSFER("技术转让"),
  TECH_LICENSING("技术许可"),
  TECH_CONSULTING("技术咨询"),
  TECH_SERVICE("技术服务"),
  JOINT_RD_PLATFORM("共建研发平台"),
  TALENT_INTRODUCTION("人才引进"),
  VICE_PRESIDENT("科技副总");

  private final String nameZh;

  CooperationMode(String nameZh) {
    this.nameZh = nameZh;
  }

  public String nameZh() {
    return nameZh;
  }

  /** Accepts the code (TECH_DEVELOPMENT) or the Chinese name (技术开发). */
  public static Optional<CooperationMode> parse(String value) {
    return Arrays.stream(values())
        .filter(m -> m.name().equalsIgnoreCase(value) || m.nameZh.equals(value))
        .findFirst();
  }

  public static String choices() {
    return String.join("、", Arrays.stream(values()).map(CooperationMode::nameZh).toList());
  }
}
