package cn.gov.huaian.zjtx.policy.facts;

import cn.gov.huaian.zjtx.policy.rules.facts.FactSet;
import java.time.Instant;
import java.util.UUID;

/** One enterprise as the read model holds it: identity for people, facts for the rules. */
public record EnterpriseRecord(
    UUID id,
    long version,
    String creditCode,
    String name,
    String districtCode,
    String cluster,
    String tier,
    FactSet facts,
    Instant updatedAt) {}
