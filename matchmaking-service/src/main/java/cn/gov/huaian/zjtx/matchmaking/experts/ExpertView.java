package cn.gov.huaian.zjtx.matchmaking.experts;

import java.util.UUID;

/** An expert's public profile. */
public record ExpertView(UUID id, UUID universityId, String name, String title, String researchDirections) {
  static ExpertView of(Expert e) {
    return new ExpertView(e.id, e.universityId, e.name, e.title, e.researchDirections);
  }
}
