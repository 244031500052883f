package cn.gov.huaian.zjtx.policy.matching;

import cn.gov.huaian.zjtx.policy.facts.EnterpriseRecord;
import cn.gov.huaian.zjtx.policy.rules.engine.CompiledProgram;
import java.time.LocalDate;
import java.util.UUID;

/** A published, currently valid program, compiled at its current rules version. */
public record LiveProgram(
    UUID id,
    String code,
    String kind,
    String title,
    String category,
    String districtCode,
    LocalDate applyDeadline,
    boolean exemptApplication,
    int rulesVersion,
    CompiledProgram compiled) {

  /** A district program applies only to enterprises of its district; a city program to all. */
  public boolean appliesTo(EnterpriseRecord enterprise) {
    return districtCode == null || districtCode.equals(enterprise.districtCode());
  }
}
