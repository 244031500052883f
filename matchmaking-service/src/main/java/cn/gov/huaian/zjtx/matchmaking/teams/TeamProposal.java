package cn.gov.huaian.zjtx.matchmaking.teams;

import java.util.List;
import java.util.UUID;

/**
 * 组队建议: the facets read from the need, the proposed members with the facets each answers for and
 * why, the working relations among them, and in {@code notes} (Chinese) what could not be done.
 *
 * @param singleExpertSuffices one expert covers every facet: no team is needed
 * @param registeredTeam the registered research team all members belong to, if they do
 * @param degraded the candidates come from the search engine's fallback path
 */
public record TeamProposal(
    UUID needId,
    List<FacetView> facets,
    List<MemberView> members,
    List<String> coveredFacets,
    List<String> uncoveredFacets,
    boolean singleExpertSuffices,
    RegisteredTeam registeredTeam,
    List<LinkView> links,
    List<String> notes,
    boolean degraded) {

  /** A facet: its id within this proposal and the need's own words. */
  public record FacetView(String id, String label) {}

  /** A member and the reason they are there (e.g. "负责热管理：电池包液冷与热管理设计"). */
  public record MemberView(
      UUID expertId,
      String name,
      String title,
      UUID universityId,
      String universityName,
      List<String> facets,
      String reason) {}

  /** A registered team (科研团队). */
  public record RegisteredTeam(UUID teamId, String name) {}

  /** Two members who already worked together, and how (同属科研团队 / 有共同成果 / 曾共同承担合作). */
  public record LinkView(UUID expertA, UUID expertB, String kind, String label, String detail) {}
}
