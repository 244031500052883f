package cn.gov.huaian.zjtx.enterprise.registry;

import cn.gov.huaian.zjtx.enterprise.reference.Park;
import java.time.LocalDate;
import java.util.List;

/** A validated, normalised enterprise profile. */
public record Profile(
    String creditCode,
    String name,
    LocalDate foundedOn,
    String districtCode,
    String townCode,
    Park park,
    String address,
    String industryCode,
    String mainProduct,
    String nicheMarket,
    Integer nicheYears,
    ChainPosition chainPosition,
    List<Contact> contacts) {}
