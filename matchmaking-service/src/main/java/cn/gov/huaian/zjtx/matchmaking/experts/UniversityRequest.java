package cn.gov.huaian.zjtx.matchmaking.experts;

/** A university as an admin registers it; 驻淮 and 江苏 are derived from city and province. */
public record UniversityRequest(String name, String city, String province) {}
