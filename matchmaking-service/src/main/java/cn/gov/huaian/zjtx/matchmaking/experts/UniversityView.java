package cn.gov.huaian.zjtx.matchmaking.experts;

import java.util.List;
import java.util.UUID;

/** A university as the API shows it. */
public record UniversityView(
    UUID id,
    String name,
    String city,
    String province,
    boolean inHuaian,
    boolean inJiangsu,
    long version) {
  public static UniversityView of(University u) {
    return new UniversityView(u.id, u.name, u.city, u.province, u.inHuaian, u.inJiangsu, u.version);
  }

  /** A research team as the API shows it. */
  public record Team(
      UUID id,
      UUID universityId,
      String name,
      String description,
      UUID leaderId,
      List<String> disciplines,
      long version) {
    public static Team of(ResearchTeam t) {
      return new Team(
          t.id,
          t.universityId,
          t.name,
          t.description,
          t.leaderId,
          List.copyOf(t.disciplines),
          t.version);
    }
  }
}
