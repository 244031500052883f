package cn.gov.huaian.zjtx.enterprise.events;

import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code enterprise.tier-certified}. */
public record TierCertified(
    UUID qualificationId,
    String creditCode,
    String name,
    String districtCode,
    String tier,
    String tierName,
    String level,
    String batch,
    LocalDate grantedOn,
    LocalDate reviewOn) {}
