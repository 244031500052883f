package cn.gov.huaian.zjtx.matchmaking.experts;

import java.util.List;
import java.util.UUID;

/**
 * An expert profile as a university office (or the expert) writes it.
 *
 * @param universityId required from an admin; a university user writes for its own university
 * @param clusters 7+3 集群 by code or Chinese name
 * @param capacity 同时可承接的合作数 (0–50)
 * @param industryExperience 产业经历 (挂职、技术顾问、横向课题), read by the 科技副总 match
 */
public record ExpertRequest(
    UUID universityId,
    UUID teamId,
    String name,
    String college,
    String title,
    String researchDirections,
    List<String> disciplines,
    List<String> clusters,
    List<Expert.Achievement> achievements,
    Integer capacity,
    Boolean willingVicePresident,
    String industryExperience) {}
