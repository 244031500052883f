package cn.gov.huaian.zjtx.matchmaking.experts;

import cn.gov.huaian.zjtx.matchmaking.reference.Cluster;
import cn.gov.huaian.zjtx.matchmaking.reference.NsfcCodes;
import java.util.List;
import java.util.UUID;

/** An expert's public profile. */
public record ExpertView(
    UUID id,
    UUID universityId,
    UUID teamId,
    String name,
    String college,
    String title,
    String researchDirections,
    List<Named> disciplines,
    List<Named> clusters,
    List<Expert.Achievement> achievements,
    int capacity,
    boolean willingVicePresident,
    String industryExperience,
    boolean inHuaian,
    boolean inJiangsu,
    long version) {

  /** A code with its Chinese name. */
  public record Named(String code, String name) {}

  public static ExpertView of(Expert e) {
    return new ExpertView(
        e.id,
        e.universityId,
        e.teamId,
        e.name,
        e.college,
        e.title,
        e.researchDirections,
        e.disciplines.stream().map(c -> new Named(c, NsfcCodes.get().nameOf(c))).toList(),
        e.clusters.stream()
            .map(c -> new Named(c, Cluster.parse(c).map(Cluster::nameZh).orElse(c)))
            .toList(),
        List.copyOf(e.achievements),
        e.capacity,
        e.willingVicePresident,
        e.industryExperience,
        e.inHuaian,
        e.inJiangsu,
        e.version);
  }
}
